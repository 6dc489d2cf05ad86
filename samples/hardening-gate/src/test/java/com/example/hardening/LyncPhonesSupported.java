package com.example.hardening;

import io.github.tlscompat.junit.RequiresClient;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// tag::composed-annotation[]
/**
 * The Lync clients this site must keep: the desk phones (Lync Phone Edition, last firmware) and the
 * desktop clients they pair with. Put it on any test whose {@code @ServerUnderTest} they reach.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@RequiresClient("LPE-CE6")
@RequiresClient({"lync-2013-win7", "sfb-2015-win7-tls12"})
public @interface LyncPhonesSupported {
}
// end::composed-annotation[]
