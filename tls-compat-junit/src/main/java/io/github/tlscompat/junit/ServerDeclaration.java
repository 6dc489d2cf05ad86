package io.github.tlscompat.junit;

import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.profiles.Catalog;
import io.github.tlscompat.profiles.CatalogProblem;
import io.github.tlscompat.profiles.ConfigFile;
import io.github.tlscompat.profiles.NoSuchProfileException;
import io.github.tlscompat.profiles.ProfileInfo;
import java.io.UncheckedIOException;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * The {@link ServerUnderTest} member of a test class, read into a {@link ServerTarget}: once per
 * class, kept in the root store, after the class's {@code @BeforeAll} methods ran (so that a live
 * server they start can be declared by its address). Reading a live server scans it, so the scan
 * too is made once per class and kept with the target.
 */
final class ServerDeclaration {
  private static final Namespace NAMESPACE = Namespace.create(ServerDeclaration.class);

  static final String ACCEPTED = "a ServerPolicy, a catalog id (String), a profile or configuration file"
      + " (java.nio.file.Path), a javax.net.ssl.SSLContext, a JsseServer, a java.net.InetSocketAddress or a"
      + " java.net.URI (https://host:port)";

  private ServerDeclaration() {}

  /**
   * The server under test of the test class of {@code context}.
   *
   * @param usedBy who needs it, for the message when none is declared, e.g. "@RequiresClient on Foo.bar()"
   * @throws ExtensionConfigurationException when none, several, or a wrong one is declared
   */
  static ServerTarget require(ExtensionContext context, String usedBy) {
    return find(context).orElseThrow(() -> new ExtensionConfigurationException(usedBy + " needs a server: annotate"
        + " one static field or static method of " + context.getRequiredTestClass().getName() + ", a superclass or"
        + " an enclosing class with @ServerUnderTest"));
  }

  /** The server under test, if the class declares one. */
  static Optional<ServerTarget> find(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    return Optional.ofNullable(readOnce(context.getRoot().getStore(NAMESPACE), testClass, context));
  }

  @SuppressWarnings("deprecation") // computeIfAbsent exists only from JUnit 6; this runs on 5.x too
  private static ServerTarget readOnce(ExtensionContext.Store store, Class<?> testClass, ExtensionContext context) {
    // Optional is the stored value: a class without a server is looked up once, too.
    Optional<?> target = store.getOrComputeIfAbsent("server " + testClass.getName(),
        k -> Optional.ofNullable(read(testClass, context)), Optional.class);
    return (ServerTarget) target.orElse(null);
  }

  private static ServerTarget read(Class<?> testClass, ExtensionContext context) {
    List<AccessibleObject> members = new ArrayList<>();
    for (Class<?> c : DeclaringClasses.of(testClass)) {
      for (Field f : c.getDeclaredFields()) if (f.isAnnotationPresent(ServerUnderTest.class)) members.add(f);
      for (Method m : c.getDeclaredMethods()) if (m.isAnnotationPresent(ServerUnderTest.class)) members.add(m);
    }
    if (members.isEmpty()) return null;
    if (members.size() > 1) {
      throw new ExtensionConfigurationException("@ServerUnderTest is declared " + members.size() + " times for "
          + testClass.getName() + ": " + members.stream().map(ServerDeclaration::describe).collect(Collectors.joining(", "))
          + "; expected one static field or static method per test class, its superclasses and enclosing classes");
    }
    AccessibleObject member = members.get(0);
    return target(member, value(member), CatalogStore.catalog(context));
  }

  private static Object value(AccessibleObject member) {
    Member m = (Member) member;
    if (!Modifier.isStatic(m.getModifiers())) {
      throw misuse(member, "is not static; expected a static field or a static method without parameters");
    }
    if (member instanceof Method method && method.getParameterCount() > 0) {
      throw misuse(member, "takes parameters; expected a static method without parameters, or a static field");
    }
    member.setAccessible(true);
    Object value;
    try {
      value = member instanceof Field f ? f.get(null) : ((Method) member).invoke(null);
    } catch (InvocationTargetException e) {
      throw new ExtensionConfigurationException(describe(member) + " annotated with @ServerUnderTest threw "
          + e.getCause(), e.getCause());
    } catch (IllegalAccessException e) {
      throw misuse(member, "cannot be read: " + e.getMessage());
    }
    if (value == null) throw misuse(member, "is null; expected " + ACCEPTED);
    return value;
  }

  private static ServerTarget target(AccessibleObject member, Object value, Catalog catalog) {
    String owner = ((Member) member).getDeclaringClass().getSimpleName() + "." + ((Member) member).getName()
        + (member instanceof Method ? "()" : "");
    if (value instanceof ServerPolicy policy) return ServerTarget.ofPolicy(policy);
    if (value instanceof String id) {
      try {
        return ServerTarget.ofPolicy(catalog.server(id));
      } catch (NoSuchProfileException e) {
        throw misuse(member, "names no server of the catalog: " + e.getMessage());
      }
    }
    if (value instanceof Path file) return fromFile(member, file, catalog);
    if (value instanceof SSLContext context) return jsse(member, "the SSLContext of " + owner, JsseServer.of(context));
    if (value instanceof JsseServer server) return jsse(member, "the SSLContext of " + owner, server);
    if (value instanceof InetSocketAddress address) return live(member, address);
    if (value instanceof URI uri) {
      if (uri.getHost() == null) throw misuse(member, "is the URI " + uri + " without a host; expected https://host:port");
      int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : -1;
      if (port == -1) throw misuse(member, "is the URI " + uri + " without a port; expected https://host:port");
      return live(member, InetSocketAddress.createUnresolved(uri.getHost(), port));
    }
    throw misuse(member, "is a " + value.getClass().getName() + "; expected " + ACCEPTED);
  }

  /** A live server, scanned here: once per test class, as the target is read once and kept in the store. */
  private static ServerTarget live(AccessibleObject member, InetSocketAddress address) {
    try {
      return ServerTarget.ofAddress(address);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("@ServerUnderTest " + describe(member) + ": " + e.getMessage(), e.getCause());
    }
  }

  private static ServerTarget jsse(AccessibleObject member, String name, JsseServer server) {
    try {
      return ServerTarget.ofJsse(name, server);
    } catch (IllegalArgumentException e) {
      throw misuse(member, "has SSLParameters the model cannot read: " + e.getMessage());
    }
  }

  /** A profile file through the catalog loader, or a configuration file as {@code tls-compat import} reads it. */
  private static ServerTarget fromFile(AccessibleObject member, Path file, Catalog catalog) {
    if (!Files.isRegularFile(file)) {
      throw misuse(member, "is the path " + file + ", which is not a file; expected a server profile (.json) or a"
          + " server configuration file (nginx.conf, Apache conf, .reg, java.security, ...)");
    }
    try {
      if (!ConfigFile.isProfile(file)) {
        ConfigFile.Imported imported = read(ConfigFile.of(file), member.getAnnotation(ServerUnderTest.class), catalog);
        return ServerTarget.ofPolicy(imported.policy(), imported.warnings());
      }
    } catch (IllegalArgumentException e) {
      throw misuse(member, "is a file that cannot be imported: " + e.getMessage());
    }
    return ServerTarget.ofPolicy(profileIn(member, file));
  }

  /** The file as {@code tls-compat import} reads it with no options but {@code --library}, if the annotation names one. */
  private static ConfigFile.Imported read(ConfigFile config, ServerUnderTest annotation, Catalog catalog) {
    if (annotation == null || annotation.library().isEmpty()) return config.read(catalog);
    return config.read(config.type(Optional.empty()), new ConfigFile.Request(Optional.empty(), Optional.empty(),
        java.util.List.of(), Optional.empty(), Optional.empty(), Optional.of(annotation.library())),
        id -> catalog.server(id), id -> catalog.findClient(id).isPresent() || catalog.findServer(id).isPresent());
  }

  private static ServerPolicy profileIn(AccessibleObject member, Path file) {
    Catalog withFile = Catalog.builder().addBuiltIn().addPath(file).build();
    if (!withFile.problems().isEmpty()) {
      throw misuse(member, "is a profile file that does not load:\n" + withFile.problems().stream()
          .map(CatalogProblem::toString).collect(Collectors.joining("\n")));
    }
    Path wanted = file.toAbsolutePath().normalize();
    Optional<ProfileInfo> info = withFile.infos().stream()
        .filter(i -> sameFile(i.location(), wanted)).findFirst();
    if (info.isEmpty()) throw misuse(member, "is the profile file " + file + ", which holds no profile");
    try {
      return withFile.server(info.get().id());
    } catch (NoSuchProfileException e) {
      throw misuse(member, "is the profile file " + file + ", which holds a client; expected a server profile");
    }
  }

  private static boolean sameFile(String location, Path wanted) {
    try {
      return Path.of(location).toAbsolutePath().normalize().equals(wanted);
    } catch (RuntimeException notAPath) {
      return false;
    }
  }

  private static ExtensionConfigurationException misuse(AccessibleObject member, String what) {
    return new ExtensionConfigurationException("@ServerUnderTest " + describe(member) + " " + what);
  }

  /** {@code field 'server' of com.example.FooTests}, {@code method 'server()' of ...}. */
  static String describe(AccessibleObject member) {
    Member m = (Member) member;
    String name = member instanceof Method method ? m.getName() + "(" + Arrays.stream(method.getParameterTypes())
        .map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")" : m.getName();
    return (member instanceof Field ? "field '" : "method '") + name + "' of " + m.getDeclaringClass().getName();
  }
}
