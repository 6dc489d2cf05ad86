#!/usr/bin/env python3
"""Convert servers-observed.json into tls-compat server profiles.

What it does
    Reads the reference file ``servers-observed.json`` (the path is the first
    argument; in the steering checkout it is ``shared/reference/servers-observed.json``)
    and writes one server profile per entry, in the format of
    ``docs/profile-format.md``, to
    ``tls-compat-profiles/src/main/resources/io/github/tlscompat/profiles/builtin/servers/<id>.json``
    (or to the folder given with ``--out``).

    * ids, names, sources, notes and ``unconfirmed`` lines are carried over;
      ``source_date``, Mozilla's ``oldest_clients`` and ``licence`` and a one-line
      summary of ``not_enabled_by_default`` become notes;
    * ``versions`` = protocols; ``cipherSuites`` = TLS 1.3 suites, then the
      TLS <= 1.2 suites, as registry (IANA) names; ``groups`` from ``curves``;
    * facts the reference leaves open are filled the way the catalog brief
      says and named in ``assumed`` (certificate RSA 2048 / SHA-256 where no
      certificate is stated, prefer-server-ciphers for Mozilla 4.0) or taken
      from cited platform documents (Schannel's default DHE modulus);
    * entries without protocols or cipher suites extend the Windows default
      they name (``extends``) and say what is inherited.

    Output is deterministic: keys in the order of the format document,
    2-space indent, a trailing newline.

Run once
    python3 tools/catalog/convert_observed_servers.py ../shared/reference/servers-observed.json

    The generated JSON files are committed. The build does not run or need
    this script; it is kept so the conversion can be reviewed and repeated
    when the reference changes.  Hand-written server profiles (JDK, OpenSSL,
    nginx, the Lync Phone Edition seed hops, ...) live in the same folder and
    are not touched by this script.
"""

import argparse
import json
import os
import sys

# Key order of docs/profile-format.md (common fields, then server fields).
KEY_ORDER = [
    "$schema", "kind", "id", "aliases", "name", "extends", "tags", "source", "notes",
    "unconfirmed", "assumed", "partial",
    "versions", "cipherSuites", "serverPreference", "groups", "signatureSchemes",
    "certificates", "dhBits", "requiresSni", "fallbackCertificate",
    "requiresClientCertificate", "acceptsSsl2CompatibleHello",
    "ignoresSupportedVersionsWithoutTls13", "negotiatesTls12ForLegacyHellos", "ordersGroupsByClient",
    "bindsEcdsaSchemesToCurve", "checksSniAfterVersion",
]

DEFAULT_OUT = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "tls-compat-profiles", "src", "main",
    "resources", "io", "github", "tlscompat", "profiles", "builtin", "servers")

CURVE_NAMES = {
    "x25519": "x25519", "X25519": "x25519", "x448": "x448", "X448": "x448",
    "secp256r1": "secp256r1", "prime256v1": "secp256r1", "P-256": "secp256r1",
    "secp384r1": "secp384r1", "P-384": "secp384r1",
    "secp521r1": "secp521r1", "P-521": "secp521r1",
    "X25519MLKEM768": "X25519MLKEM768",
}

SIG_HASH = {
    "sha256WithRSAEncryption": "sha256", "sha384WithRSAEncryption": "sha384",
    "sha512WithRSAEncryption": "sha512", "sha1WithRSAEncryption": "sha1",
    "ecdsa-with-SHA256": "sha256", "ecdsa-with-SHA384": "sha384",
    "ecdsa-with-SHA512": "sha512", "ecdsa-with-SHA1": "sha1",
}

EC_BITS = {"secp256r1": 256, "prime256v1": 256, "secp384r1": 384, "secp521r1": 521}

DEFAULT_CERT = "rsa:2048:sha256"
CERT_UNCONFIRMED = "certificate: RSA 2048 signed with SHA-256 assumed; the source does not state it"

# Schannel's default DHE modulus (ServerKeyExchange) per Windows version.
DH_ADVISORY = ("https://technet.microsoft.com/library/security/3174644 (Microsoft Security Advisory "
               "3174644, 2016-09-13: the DHE modulus default is 1024 bits; all Windows 10 versions "
               "use 2048; read in the pt-br edition)")
DH_REGISTRY_DOC = ("github:MicrosoftDocs/windowsserverdocs@0370b00e4420fa1cd87a74a98d376461be14a099:"
                   "WindowsServerDocs/security/tls/tls-registry-settings.md (Diffie-Hellman "
                   "ServerMinKeyBitLength: added in Windows 10 1507 / Server 2016, 2048 bits if not configured)")
DH_1024_NOTE = ("dhBits: Schannel's default DHE modulus before Windows 10 is 1024 bits (Security Advisory "
                "3174644, which added ServerMinKeyBitLength to raise it)")
DH_2048_NOTE = ("dhBits: Windows 10 / Server 2016 and later use a 2048-bit DHE modulus by default "
                "(Security Advisory 3174644; TLS registry settings doc)")

# Per-entry extras the reference does not carry as fields.
WINDOWS = {
    # id: (version tags, dhBits, dh source kind)
    "windows-xp-2003-schannel-default": (["windows-xp", "windows-2003"], 1024, "assumed-xp"),
    "windows-vista-2008-schannel-default": (["windows-vista", "windows-2008"], 1024, "1024"),
    "windows-7-2008r2-schannel-default": (["windows-7", "windows-2008r2"], 1024, "1024"),
    "windows-8-2012-schannel-default": (["windows-8", "windows-2012"], 1024, "1024"),
    "windows-8.1-2012r2-schannel-default": (["windows-8.1", "windows-2012r2"], 1024, "1024"),
    "windows-10-1607-2016-schannel-default": (["windows-10", "windows-2016"], 2048, "2048"),
    "windows-10-1809-2019-schannel-default": (["windows-10", "windows-2019"], 2048, "2048"),
    "windows-server-2022-schannel-default": (["windows-2022"], 2048, "2048"),
}

WIN2012R2 = "windows-8.1-2012r2-schannel-default"
WIN2008R2 = "windows-7-2008r2-schannel-default"


def ordered(profile):
    unknown = set(profile) - set(KEY_ORDER)
    if unknown:
        raise ValueError("unknown keys %s in %s" % (sorted(unknown), profile.get("id")))
    return {k: profile[k] for k in KEY_ORDER if k in profile}


def dump(profile):
    return json.dumps(ordered(profile), indent=2, ensure_ascii=False) + "\n"


def load_registry(path):
    names = {"suite": set(), "group": set(), "sigalg": set()}
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 3:
                    names.setdefault(parts[0], set()).add(parts[2])
    return names


def as_list(value):
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def summarize_not_enabled(ned):
    parts = []
    for key, names in ned.items():
        parts.append("%s: %s" % (key.replace("_", " "), ", ".join(names)))
    return "not enabled by default (per the source) - " + "; ".join(parts)


def mozilla_certificates(cert):
    """Short-form certificates of a Mozilla guideline entry -> (list, assumed?, unconfirmed lines)."""
    sigs = cert.get("signatures") or []
    hashes = [SIG_HASH[s] for s in sigs if s in SIG_HASH]
    digest = hashes[0] if hashes else None
    out, unconfirmed, assumed = [], [], False
    types = cert.get("types") or []
    # intermediate with both types: ECDSA first
    for t in sorted(types, key=lambda x: 0 if x == "ecdsa" else 1):
        if t == "ecdsa":
            curves = cert.get("curves") or []
            if curves:
                bits = EC_BITS[curves[0]]
            else:
                bits = 256
                assumed = True
                unconfirmed.append("certificate: the ECDSA certificate's curve is not stated by this "
                                   "guideline version; P-256 assumed")
            out.append("ecdsa:%d:%s" % (bits, digest or "sha256"))
        elif t == "rsa":
            size = cert.get("rsa_key_size")
            if not size:
                size = 2048
                assumed = True
                unconfirmed.append("certificate: RSA key size not stated; 2048 assumed")
            out.append("rsa:%d:%s" % (size, digest or "sha256"))
    if digest is None:
        assumed = True
        unconfirmed.append("certificate: signature hash not stated; SHA-256 assumed")
    return out, assumed, unconfirmed


def tags_for(e):
    i, kind = e["id"], e["kind"]
    if i.startswith("mozilla-"):
        return ["mozilla", "guideline"]
    if i.startswith("iiscrypto-"):
        tags = ["iiscrypto", "template", "windows", "schannel"]
        if i.endswith("win2016"):
            tags.append("windows-2016")
        elif i.endswith("win2012r2") or i == "iiscrypto-3.2-server-defaults" \
                or i == "iiscrypto-pci-3.1-and-older-pci":
            tags.append("windows-2012r2")
        elif i == "iiscrypto-best-practices-2018-06-26-partial":
            tags.append("windows-2008r2")
        return tags
    if i.startswith("petri-"):
        return ["guideline", "windows", "schannel", "windows-2012r2"]
    if i in WINDOWS:
        return ["windows", "schannel", "os-default"] + WINDOWS[i][0]
    if kind == "service":
        # managed-service: the operator (Microsoft) configures TLS, not the admin; remedies point at the
        # client or the path instead (tls-compat remedy, path)
        return ["microsoft-365", "service", "managed-service"]
    if i.startswith("lync-"):
        return ["lync", "product", "windows", "schannel", "windows-2012", "windows-2012r2"]
    if i.startswith("sfb-"):
        return ["sfb", "product", "windows", "schannel", "windows-2012r2"]
    if i.startswith("adfs-"):
        return ["adfs", "product", "windows", "schannel", "windows-2012r2"]
    raise ValueError("no tags rule for " + i)


def convert(e, registry, problems):
    i = e["id"]
    p = {"kind": "server", "id": i, "name": e["name"], "tags": tags_for(e)}
    source = [str(s) for s in as_list(e.get("source"))]
    notes = list(e.get("notes") or [])
    unconfirmed = list(e.get("unconfirmed") or [])
    assumed = []

    if e.get("source_date"):
        notes.append("source date: %s" % e["source_date"])
    if e.get("oldest_clients"):
        notes.append("oldest clients (Mozilla): " + ", ".join(e["oldest_clients"]))
    if e.get("licence"):
        notes.append("licence: " + e["licence"])
    if e.get("not_enabled_by_default"):
        notes.append(summarize_not_enabled(e["not_enabled_by_default"]))

    # --- protocols / suites; extends for entries that lack them -------------------
    protocols = e.get("protocols")
    suites = None
    if e.get("cipher_suites") is not None:
        suites = list(e.get("tls13_cipher_suites") or []) + list(e["cipher_suites"])
        for s in suites:
            if registry["suite"] and s not in registry["suite"]:
                problems.append("%s: cipher suite %s not in the registry" % (i, s))

    extends = None
    if i == "iiscrypto-3.2-server-defaults":
        extends = WIN2012R2
        p["name"] = e["name"] + ", as applied to Windows Server 2012 R2"
        unconfirmed.append("versions, cipherSuites, groups, serverPreference and dhBits are inherited from "
                           "windows-8.1-2012r2-schannel-default: the template removes the registry overrides, "
                           "so the OS defaults apply; on Windows Server 2016+ use the 2016 defaults instead")
    elif i == "iiscrypto-best-practices-2018-06-26-partial":
        extends = WIN2008R2
        p["partial"] = True
        assumed.append("cipherSuites")
        unconfirmed.append("cipherSuites are inherited from windows-7-2008r2-schannel-default (the Windows "
                           "version the template names as minimumOSVersion for TLS 1.1/1.2); the template's "
                           "own cipher order was not readable, and it very likely disabled suites (RC4, 3DES) "
                           "that the inherited default list still enables")
    elif i == "iiscrypto-pci-3.1-and-older-pci":
        extends = WIN2012R2
        p["partial"] = True
        assumed.append("cipherSuites")
        unconfirmed.append("cipherSuites are inherited from windows-8.1-2012r2-schannel-default (Windows "
                           "Server 2012 R2 assumed as host; the entry names no Windows version); the "
                           "templates' own cipher lists are unknown")
    elif i == "petri-2014-best-practices-order-win2012r2":
        extends = WIN2012R2
        assumed.append("versions")
        unconfirmed.append("versions are inherited from windows-8.1-2012r2-schannel-default (SSL 3.0 to "
                           "TLS 1.2); the article's protocol settings are not in the reference")
    elif i in ("lync-server-2013", "sfb-server-2015-tls12-only"):
        extends = WIN2012R2
        unconfirmed.append("cipherSuites, groups, serverPreference and dhBits are inherited from "
                           "windows-8.1-2012r2-schannel-default: the product takes its suites from the "
                           "host's Schannel configuration; Windows Server 2012 R2 (stock) assumed as host")
    if extends:
        p["extends"] = extends
        source.append("see %s for the inherited fields" % extends)

    if protocols is not None:
        p["versions"] = list(protocols)
    if suites is not None:
        p["cipherSuites"] = suites

    # --- server preference --------------------------------------------------------
    sp = e.get("server_preference")
    if sp is not None:
        p["serverPreference"] = bool(sp)
    elif i.startswith("mozilla-") and i.endswith("-4.0"):
        p["serverPreference"] = True
        assumed.append("serverPreference")
        unconfirmed.append("serverPreference: true assumed - the configuration generator of the 4.0 era "
                           "set prefer-server-ciphers on, but the 4.0 guideline does not state it")
    elif i.startswith("petri-"):
        # inherits true from the Schannel default (Schannel picks by its own order)
        pass

    # --- groups -------------------------------------------------------------------
    if e.get("curves"):
        groups = []
        for c in e["curves"]:
            name = CURVE_NAMES.get(c)
            if name is None or (registry["group"] and name not in registry["group"]):
                problems.append("%s: curve %s has no registry name" % (i, c))
                continue
            groups.append(name)
        p["groups"] = groups
    elif not extends and any("_ECDHE_" in x for x in (suites or [])):
        unconfirmed.append("groups: the source states no curve list; the format's default groups apply")

    # SSL 2.0 listed as enabled, but no SSL 2.0 cipher kind among the enabled suites
    if "SSLv2" in (protocols or []) and not any(x.startswith("SSL_CK_") for x in (suites or [])):
        unconfirmed.append("SSLv2 is listed as enabled but the reference files the SSL 2.0 cipher kinds under "
                           "not_enabled_by_default, so cipherSuites holds none and no SSL 2.0 handshake "
                           "can be predicted")

    # --- certificates -------------------------------------------------------------
    cert = e.get("certificate")
    if i.startswith("mozilla-") and cert:
        certs, cert_assumed, cert_unconfirmed = mozilla_certificates(cert)
        p["certificates"] = certs
        if cert_assumed:
            assumed.append("certificates")
        unconfirmed.extend(cert_unconfirmed)
    elif extends and cert is None:
        pass  # inherited, and so is the parent's "assumed" entry
    elif cert and e["kind"] == "service":
        p["certificates"] = [DEFAULT_CERT]
        assumed.append("certificates")
        unconfirmed.append("certificate: RSA and SHA-2 are stated, the key size is not; "
                           "RSA 2048 signed with SHA-256 assumed")
    elif cert and i == "lync-server-2013":
        p["certificates"] = [DEFAULT_CERT]
        assumed.append("certificates")
        unconfirmed.append("certificate: the source lists what is supported (RSA 1024/2048/4096 or ECDSA, "
                           "signed with SHA-1 or SHA-2), not what is deployed; RSA 2048 signed with "
                           "SHA-256 assumed")
    else:
        p["certificates"] = [DEFAULT_CERT]
        assumed.append("certificates")
        unconfirmed.append(CERT_UNCONFIRMED)

    # --- dhBits ---------------------------------------------------------------------
    has_dhe = any("_DHE_" in s for s in (suites or []))
    if e.get("dh_param_min_bits"):
        p["dhBits"] = e["dh_param_min_bits"]
    elif has_dhe and i in WINDOWS:
        bits, how = WINDOWS[i][1], WINDOWS[i][2]
        p["dhBits"] = bits
        source.append(DH_ADVISORY)
        if how == "2048":
            source.append(DH_REGISTRY_DOC)
            notes.append(DH_2048_NOTE)
        elif how == "1024":
            notes.append(DH_1024_NOTE)
        else:
            assumed.append("dhBits")
            unconfirmed.append("dhBits: 1024 assumed - Advisory 3174644 (1024-bit default) does not cover "
                               "Windows XP / Server 2003; the DHE_DSS suites there come with 1024-bit DSA "
                               "keys")
    elif has_dhe and i == "adfs-3.0-wap-2012r2-default":
        p["dhBits"] = 1024
        source.append(DH_ADVISORY)
        notes.append(DH_1024_NOTE + " (Windows Server 2012 R2 host)")
    elif has_dhe:
        problems.append("%s: DHE suites without a dhBits rule" % i)

    # --- SNI --------------------------------------------------------------------------
    if e.get("requires_sni") is True:
        p["requiresSni"] = True

    if i == "adfs-3.0-wap-2012r2-default":
        assumed.extend(["versions", "cipherSuites"])  # reference: assumed equal to the 2012 R2 defaults

    p["source"] = source
    if notes:
        p["notes"] = notes
    if unconfirmed:
        p["unconfirmed"] = unconfirmed
    if assumed:
        p["assumed"] = sorted(set(assumed), key=assumed.index)
    return p


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("reference", help="path of servers-observed.json")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output folder (default: the profiles module)")
    ap.add_argument("--registry", default="/tmp/registry.tsv",
                    help="tab-separated kind/code/name registry dump used to check names (optional)")
    args = ap.parse_args(argv)

    with open(args.reference, encoding="utf-8") as f:
        entries = json.load(f)
    registry = load_registry(args.registry)
    problems = []
    os.makedirs(args.out, exist_ok=True)
    for e in entries:
        profile = convert(e, registry, problems)
        with open(os.path.join(args.out, profile["id"] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(dump(profile))
    for line in problems:
        print("problem: " + line, file=sys.stderr)
    print("wrote %d profiles to %s" % (len(entries), os.path.normpath(args.out)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
