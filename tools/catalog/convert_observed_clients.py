#!/usr/bin/env python3
"""Convert the observed TLS clients of the reference data into tls-compat client profiles.

Reads clients-observed.json (the 177 clients of testssl.sh ``etc/client-simulation.txt``, parsed
from their captured ClientHellos; testssl.sh commit 9fdf8028baba86d83218db294a5776384ec8c332, see
the reference README) and writes

* one profile per client to
  ``tls-compat-profiles/src/main/resources/io/github/tlscompat/profiles/builtin/clients/<id>.json``
  in the format of ``docs/profile-format.md`` (all names resolved through the code registry), and
* the captured ClientHello bytes (GPL-2.0, kept out of the profiles) to
  ``tls-compat-captures/src/main/resources/META-INF/tls-compat/captures/v1/<id>.hex``.

This script was run once to create the built-in client profiles; the build does not need it.
It uses the Python 3 standard library only and its output is deterministic.

Usage:
    convert_observed_clients.py CLIENTS_OBSERVED_JSON [--registry REGISTRY_TSV] [--root REPO_ROOT]
    convert_observed_clients.py --check [--registry REGISTRY_TSV] [--root REPO_ROOT]

REGISTRY_TSV (default /tmp/registry.tsv) has tab-separated lines ``kind code name``
(kind = suite, group or sigalg; code upper-case hex such as 0x000A or 0x0700C0).
The converter stops with an error on any code or name it cannot resolve instead of guessing.
After writing, it runs the same self-check as ``--check``.
"""

import argparse
import json
import os
import re
import sys

TESTSSL_COMMIT = "9fdf8028baba86d83218db294a5776384ec8c332"
WIRESHARKED_SOURCE = ("github:testssl/testssl.sh@" + TESTSSL_COMMIT
                      + ":etc/client-simulation.wiresharked.txt")
EXPECTED_CLIENTS = 177

PROFILES_DIR = "tls-compat-profiles/src/main/resources/io/github/tlscompat/profiles/builtin/clients"
CAPTURES_DIR = "tls-compat-captures/src/main/resources/META-INF/tls-compat/captures/v1"

ALIASES = {
    "java-6u45": ["java-6"],
    "java-7u25": ["java-7"],
    "java-8u442-openjdk": ["java-8"],
    "java-9.0.4": ["java-9"],
    "java-11.0.2-openjdk": ["java-11"],
    "java-12.0.1-openjdk": ["java-12"],
    "java-17.0.3-21.0.6-openjdk": ["java-17"],
    "java-21.0.6-openjdk": ["java-21"],
}

VERSIONS = ["SSLv2", "SSLv3", "TLSv1.0", "TLSv1.1", "TLSv1.2", "TLSv1.3"]

# Field order of docs/profile-format.md (metadata first, then the client fields).
FIELD_ORDER = ["kind", "id", "aliases", "name", "extends", "tags", "source", "notes",
               "unconfirmed", "assumed", "partial", "versions", "helloFormat", "cipherSuites",
               "groups", "keyShares", "signatureAlgorithms", "signatureAlgorithmsCert",
               "extensions", "sni", "clientCertificate", "limits", "fingerprints", "clientHello"]
LIMIT_ORDER = ["minDhBits", "maxDhBits", "minRsaBits", "maxRsaBits", "minEcdsaBits",
               "certificateSignatureHashes", "wildcardCertificates"]

TAG_VOCABULARY = {
    "observed", "testssl-current", "browser", "chrome", "firefox", "ie", "edge", "opera",
    "safari", "tor", "android", "ios", "java", "openssl", "libressl", "go", "mail", "bot",
    "library", "mobile", "schannel", "windows", "windows-xp", "windows-vista", "windows-7",
    "windows-8", "windows-8.1", "windows-10", "windows-11", "windows-phone", "macos", "linux",
}

# Extension names used by the reference -> type code, to verify extensions_ids against names.
EXTENSION_CODES = {
    "server_name": 0, "status_request": 5, "supported_groups": 10, "ec_point_formats": 11,
    "signature_algorithms": 13, "heartbeat": 15, "application_layer_protocol_negotiation": 16,
    "status_request_v2": 17, "signed_certificate_timestamp": 18, "padding": 21,
    "encrypt_then_mac": 22, "extended_master_secret": 23, "token_binding": 24,
    "compress_certificate": 27, "record_size_limit": 28, "delegated_credentials": 34,
    "session_ticket": 35, "pre_shared_key": 41, "supported_versions": 43,
    "psk_key_exchange_modes": 45, "signature_algorithms_cert": 50, "key_share": 51,
    "next_protocol_negotiation (non-IANA)": 13172,
    "application_settings_old (non-IANA, ALPS)": 17513,
    "application_settings (non-IANA, ALPS)": 17613,
    "channel_id_old (non-IANA)": 30031, "channel_id (non-IANA)": 30032,
    "encrypted_client_hello": 65037, "renegotiation_info": 65281,
}


def fail(message):
    sys.exit("error: " + message)


def is_grease(code):
    return (code & 0x0F0F) == 0x0A0A and (code >> 8) == (code & 0xFF)


def hex_code(code, width=4):
    return "0x%0*X" % (width, code)


def load_registry(path):
    by_code = {"suite": {}, "group": {}, "sigalg": {}}
    by_name = {"suite": {}, "group": {}, "sigalg": {}}
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 3 or parts[0] not in by_code:
                fail("%s:%d: bad registry line %r" % (path, lineno, line))
            kind, code, name = parts
            code = int(code, 16)
            if code in by_code[kind] or name in by_name[kind]:
                fail("%s:%d: duplicate registry entry %r" % (path, lineno, line))
            by_code[kind][code] = name
            by_name[kind][name] = code
    return by_code, by_name


# ---------------------------------------------------------------------------------------------
# ClientHello parsing (used for SSL 2.0 framed hellos, and to cross-check the reference fields)

def parse_sslv2_hello(data):
    """Cipher specs (3-byte ints, wire order) of an SSLv2 CLIENT-HELLO (2-byte header)."""
    if not data[0] & 0x80:
        raise ValueError("not a 2-byte SSLv2 record header")
    length = ((data[0] & 0x7F) << 8) | data[1]
    body = data[2:2 + length]
    if len(body) != length or body[0] != 1:
        raise ValueError("not an SSLv2 CLIENT-HELLO")
    spec_len = (body[3] << 8) | body[4]
    sid_len = (body[5] << 8) | body[6]
    challenge_len = (body[7] << 8) | body[8]
    if spec_len % 3 or 9 + spec_len + sid_len + challenge_len != length:
        raise ValueError("inconsistent SSLv2 CLIENT-HELLO lengths")
    specs = body[9:9 + spec_len]
    return [int.from_bytes(specs[i:i + 3], "big") for i in range(0, spec_len, 3)]


def parse_tls_hello(data):
    """Cipher suites, extension ids and selected extension contents of a TLS-record ClientHello."""
    handshake = b""
    pos = 0
    while pos < len(data):
        if data[pos] != 0x16:
            raise ValueError("record type %d is not handshake" % data[pos])
        rec_len = int.from_bytes(data[pos + 3:pos + 5], "big")
        handshake += data[pos + 5:pos + 5 + rec_len]
        pos += 5 + rec_len
    if handshake[0] != 1:
        raise ValueError("handshake message is not a ClientHello")
    hs_len = int.from_bytes(handshake[1:4], "big")
    body = handshake[4:4 + hs_len]
    if len(body) != hs_len:
        raise ValueError("truncated ClientHello")
    p = 2 + 32
    p += 1 + body[p]
    cs_len = int.from_bytes(body[p:p + 2], "big")
    suites = [int.from_bytes(body[p + 2 + i:p + 4 + i], "big") for i in range(0, cs_len, 2)]
    p += 2 + cs_len
    p += 1 + body[p]
    extensions = []
    contents = {}
    if p < len(body):
        ext_end = p + 2 + int.from_bytes(body[p:p + 2], "big")
        p += 2
        while p < ext_end:
            etype = int.from_bytes(body[p:p + 2], "big")
            elen = int.from_bytes(body[p + 2:p + 4], "big")
            extensions.append(etype)
            contents[etype] = body[p + 4:p + 4 + elen]
            p += 4 + elen

    def u16_list(raw):
        n = int.from_bytes(raw[0:2], "big")
        return [int.from_bytes(raw[2 + i:4 + i], "big") for i in range(0, n, 2)]

    key_shares = []
    if 51 in contents:
        raw = contents[51]
        q, end = 2, 2 + int.from_bytes(raw[0:2], "big")
        while q < end:
            key_shares.append(int.from_bytes(raw[q:q + 2], "big"))
            q += 4 + int.from_bytes(raw[q + 2:q + 4], "big")
    return {
        "suites": suites,
        "extensions": extensions,
        "groups": u16_list(contents[10]) if 10 in contents else [],
        "sigalgs": u16_list(contents[13]) if 13 in contents else [],
        "sigalgs_cert": u16_list(contents[50]) if 50 in contents else [],
        "key_shares": key_shares,
    }


# ---------------------------------------------------------------------------------------------
# Mapping

def tags_for(entry):
    cid = entry["id"]
    name = entry["name"]
    low = name.lower()
    family = cid.split("-")[0]
    tags = ["observed"]
    if entry["current"]:
        tags.append("testssl-current")

    def add(*more):
        for tag in more:
            if tag not in tags:
                tags.append(tag)

    if family in ("chrome", "chromium"):
        add("browser", "chrome")
    elif family == "firefox":
        add("browser", "firefox")
    elif family == "ie":
        add("browser", "ie", "schannel")
    elif family == "edge":
        version = int(cid.split("-")[1])
        add("browser", "edge")
        if "chrome" in low:
            add("chrome")
        if 12 <= version <= 18:
            add("schannel")  # EdgeHTML; Chromium-based Edge 79+ is not SChannel
    elif family == "opera":
        add("browser", "opera")
    elif family == "safari":
        add("browser", "safari")
    elif family == "tor":
        add("browser", "tor")
    elif family == "android":
        add("android", "mobile")
    elif family in ("java", "openssl", "libressl", "go"):
        add(family, "library")
    elif cid.startswith("apple-mail") or family == "thunderbird":
        add("mail")
    elif family in ("baidu", "bingbot", "bingpreview", "yahoo", "googlebot", "yandexbot"):
        add("bot")
    elif cid.startswith("apple-ats"):
        pass  # App Transport Security: no family tag in the vocabulary
    else:
        fail("no tag rule for %s" % cid)

    # Platforms, only as the name states them.
    if re.search(r"\bios\b", low):
        add("ios", "mobile")
    if re.search(r"win(dows)? ?phone", low):
        add("windows", "windows-phone", "mobile")
    else:
        if re.search(r"\bxp\b", low):
            add("windows", "windows-xp")
        if "vista" in low:
            add("windows", "windows-vista")
        if re.search(r"\bwin 7\b", low):
            add("windows", "windows-7")
        if re.search(r"\bwin 8\b(?!\.)", low):
            add("windows", "windows-8")
        if re.search(r"\bwin 8\.1\b", low):
            add("windows", "windows-8.1")
        if re.search(r"\bwin (8\.1/)?10\b", low):
            add("windows", "windows-10")
        if re.search(r"\bwin 11\b", low):
            add("windows", "windows-11")
    if "os x" in low or "macos" in low:
        add("macos")
    if "fedora" in low or "debian" in low:
        add("linux")
    unknown = [t for t in tags if t not in TAG_VOCABULARY]
    if unknown:
        fail("tags outside the vocabulary for %s: %s" % (cid, unknown))
    return tags


def map_codes(codes, kind, by_code, cid, what):
    names = []
    for code in codes:
        if is_grease(code):
            continue
        width = 6 if code > 0xFFFF else 4
        if code not in by_code[kind]:
            fail("%s: %s code %s is not in the registry" % (cid, what, hex_code(code, width)))
        names.append(by_code[kind][code])
    return names


def map_names(names, kind, by_name, cid, what):
    for name in names:
        if name not in by_name[kind]:
            fail("%s: %s name %r is not in the registry" % (cid, what, name))
    return list(names)


def convert(entry, by_code, by_name, warnings):
    cid = entry["id"]
    hello = bytes.fromhex(entry["client_hello_hex"])
    sslv2 = entry["hello_format"] == "sslv2-compatible"
    if entry["hello_format"] not in ("tls-record", "sslv2-compatible"):
        fail("%s: unknown hello_format %r" % (cid, entry["hello_format"]))

    listed = [int(h, 16) for h in entry["cipher_suites_hex"]]
    if sslv2:
        specs = parse_sslv2_hello(hello)
        if [s for s in specs if s <= 0xFFFF] != listed:
            fail("%s: cipher_suites_hex differs from the SSLv2 CLIENT-HELLO" % cid)
        suites = []
        for spec in specs:
            if spec <= 0xFFFF:
                suites.extend(map_codes([spec], "suite", by_code, cid, "cipher suite"))
            else:
                suites.extend(map_codes([spec], "suite", by_code, cid, "SSL 2.0 cipher kind"))
        v2_names = [by_code["suite"][s] for s in specs if s > 0xFFFF]
        if v2_names != entry["sslv2_cipher_specs"]:
            fail("%s: sslv2_cipher_specs %r differ from the capture %r"
                 % (cid, entry["sslv2_cipher_specs"], v2_names))
        parsed = None
    else:
        parsed = parse_tls_hello(hello)
        if parsed["suites"] != listed:
            fail("%s: cipher_suites_hex differs from the captured ClientHello" % cid)
        suites = map_codes(listed, "suite", by_code, cid, "cipher suite")

    # Reference names vs registry names (informational; the registry names are used).
    ref_names = set(entry["cipher_suites"]) | set(entry["tls13_cipher_suites"]) \
        | set(entry["signaling_cipher_suites"]) | set(entry["sslv2_cipher_specs"])
    for code in listed:
        if not is_grease(code) and by_code["suite"][code] not in ref_names:
            warnings.append("%s: suite %s registry name %s, reference name differs"
                            % (cid, hex_code(code), by_code["suite"][code]))

    groups_codes = [int(h, 16) for h in entry["supported_groups_hex"]]
    sigalg_codes = [int(h, 16) for h in entry["signature_algorithms_hex"]]
    groups = map_codes(groups_codes, "group", by_code, cid, "group")
    sigalgs = map_codes(sigalg_codes, "sigalg", by_code, cid, "signature algorithm")
    key_shares = map_names(entry["key_share_groups"], "group", by_name, cid, "key share group")
    sigalgs_cert = map_names(entry["signature_algorithms_cert"], "sigalg", by_name, cid,
                             "signature_algorithms_cert")
    if any(is_grease(by_name["group"][n]) for n in key_shares):
        fail("%s: GREASE key share in the reference" % cid)

    extensions = list(entry["extensions_ids"])
    named = [n for n in entry["extensions"] if n != "GREASE"]
    if len(named) != len(extensions):
        fail("%s: extensions and extensions_ids disagree" % cid)
    for ext_name, ext_id in zip(named, extensions):
        m = re.fullmatch(r"unknown_(\d+)", ext_name)
        expected = int(m.group(1)) if m else EXTENSION_CODES.get(ext_name)
        if expected != ext_id or is_grease(ext_id):
            fail("%s: extension %r has id %d" % (cid, ext_name, ext_id))

    if parsed is not None:
        checks = [("extensions_ids", [e for e in parsed["extensions"] if not is_grease(e)],
                   extensions),
                  ("supported_groups_hex", [c for c in parsed["groups"] if not is_grease(c)],
                   [c for c in groups_codes if not is_grease(c)]),
                  ("signature_algorithms_hex",
                   [c for c in parsed["sigalgs"] if not is_grease(c)],
                   [c for c in sigalg_codes if not is_grease(c)]),
                  ("key_share_groups", [c for c in parsed["key_shares"] if not is_grease(c)],
                   [by_name["group"][n] for n in key_shares]),
                  ("signature_algorithms_cert",
                   [c for c in parsed["sigalgs_cert"] if not is_grease(c)],
                   [by_name["sigalg"][n] for n in sigalgs_cert])]
        for what, wire, ref in checks:
            if wire != ref:
                fail("%s: %s differs from the captured ClientHello" % (cid, what))
        if (0 in parsed["extensions"]) != bool(entry["sni"]):
            fail("%s: sni flag differs from the captured ClientHello" % cid)

    for v in entry["protocols"]:
        if v not in VERSIONS:
            fail("%s: unknown protocol %r" % (cid, v))

    notes = list(entry["notes"])
    notes.append("capture origin: " + entry["capture_origin"])
    if entry["services"] != ["ANY"]:
        notes.append("services: " + ", ".join(entry["services"]))
    source = [entry["source"]]
    if "wireshark" in entry["capture_origin"]:
        source.append(WIRESHARKED_SOURCE)

    limits = {}
    for ref_key, key in (("dh_bits_min", "minDhBits"), ("dh_bits_max", "maxDhBits"),
                         ("rsa_bits_min", "minRsaBits"), ("rsa_bits_max", "maxRsaBits"),
                         ("ecdsa_bits_min", "minEcdsaBits")):
        if entry[ref_key] is not None:
            limits[key] = entry[ref_key]
    if entry["requires_sha2_signatures"]:
        limits["certificateSignatureHashes"] = ["sha256", "sha384", "sha512"]

    profile = {"kind": "client", "id": cid}
    if cid in ALIASES:
        profile["aliases"] = ALIASES[cid]
    profile["name"] = entry["name"]
    profile["tags"] = tags_for(entry)
    profile["source"] = source
    profile["notes"] = notes
    if entry.get("unconfirmed"):
        profile["unconfirmed"] = list(entry["unconfirmed"])
    versions = list(entry["protocols"])
    offered = entry.get("supported_versions_ext") or []
    if offered:
        # With supported_versions the extension is the whole offer (RFC 8446 4.2.1): testssl's
        # min/max range can claim more (Java 17 and 21 list TLS 1.0, which their hello does not
        # offer), and draft TLS 1.3 code points are ignored by final TLS 1.3 servers.
        versions = [v for v in VERSIONS if v in offered]
        drafts = [v for v in offered if v.startswith("0x7f")]
        if drafts and "TLSv1.3" not in offered:
            notes.append("offers only TLS 1.3 draft version(s) %s in supported_versions; final TLS 1.3"
                         " (RFC 8446) servers ignore them, so TLSv1.3 is not listed in versions"
                         % ", ".join(drafts))
        if versions != list(entry["protocols"]):
            notes.append("versions are those of the supported_versions extension; testssl lists %s"
                         % ", ".join(entry["protocols"]))
    profile["versions"] = versions
    if sslv2:
        profile["helloFormat"] = "sslv2-compatible"
    profile["cipherSuites"] = suites
    for key, value in (("groups", groups), ("keyShares", key_shares),
                       ("signatureAlgorithms", sigalgs),
                       ("signatureAlgorithmsCert", sigalgs_cert),
                       ("extensions", extensions)):
        if value:
            profile[key] = value
    if not entry["sni"]:
        profile["sni"] = False
    if limits:
        profile["limits"] = limits
    fingerprints = entry.get("fingerprints") or {}
    fp = {k: fingerprints[k] for k in ("ja3", "ja4") if fingerprints.get(k)}
    if fp:
        profile["fingerprints"] = fp
    return profile


def dump(profile):
    return json.dumps(profile, indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------------------------
# Self-check

def check(root, by_name):
    profiles_dir = os.path.join(root, PROFILES_DIR)
    captures_dir = os.path.join(root, CAPTURES_DIR)
    json_files = sorted(f for f in os.listdir(profiles_dir) if f.endswith(".json"))
    hex_files = sorted(f for f in os.listdir(captures_dir) if f.endswith(".hex"))
    problems = []
    if len(json_files) != EXPECTED_CLIENTS:
        problems.append("%d client files, expected %d" % (len(json_files), EXPECTED_CLIENTS))
    if len(hex_files) != EXPECTED_CLIENTS:
        problems.append("%d hex files, expected %d" % (len(hex_files), EXPECTED_CLIENTS))
    ids = set()
    for fname in json_files:
        path = os.path.join(profiles_dir, fname)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        try:
            p = json.loads(text)
        except ValueError as e:
            problems.append("%s: invalid JSON: %s" % (fname, e))
            continue
        where = fname
        if text != dump(p):
            problems.append("%s: not in canonical layout" % where)
        if fname != p.get("id", "") + ".json":
            problems.append("%s: file name does not match id %r" % (where, p.get("id")))
        if not re.fullmatch(r"[A-Za-z0-9._-]+", p.get("id", "")):
            problems.append("%s: bad id" % where)
        ids.add(p.get("id", "").lower())
        if p.get("kind") != "client" or not p.get("name") or not p.get("source"):
            problems.append("%s: kind/name/source missing" % where)
        if list(p) != [k for k in FIELD_ORDER if k in p]:
            problems.append("%s: unknown field or field order %r" % (where, list(p)))
        if "clientHello" in p or "$schema" in p:
            problems.append("%s: clientHello/$schema must not be set" % where)
        for tag in p.get("tags", []):
            if tag not in TAG_VOCABULARY:
                problems.append("%s: tag %r outside the vocabulary" % (where, tag))
        for v in p.get("versions", []):
            if v not in VERSIONS:
                problems.append("%s: unknown version %r" % (where, v))
        if not p.get("versions") or not p.get("cipherSuites"):
            problems.append("%s: versions/cipherSuites missing" % where)
        for key, kind in (("cipherSuites", "suite"), ("groups", "group"),
                          ("keyShares", "group"), ("signatureAlgorithms", "sigalg"),
                          ("signatureAlgorithmsCert", "sigalg")):
            if key in p and not p[key]:
                problems.append("%s: empty %s should be omitted" % (where, key))
            for name in p.get(key, []):
                if name not in by_name[kind]:
                    problems.append("%s: %s name %r not in the registry" % (where, key, name))
                elif is_grease(by_name[kind][name]):
                    problems.append("%s: GREASE %r in %s" % (where, name, key))
        for ext in p.get("extensions", []):
            if not isinstance(ext, int) or is_grease(ext):
                problems.append("%s: bad extension %r" % (where, ext))
        if "sni" in p and p["sni"] is not False:
            problems.append("%s: sni should only be written as false" % where)
        if "helloFormat" in p and p["helloFormat"] != "sslv2-compatible":
            problems.append("%s: bad helloFormat" % where)
        limits = p.get("limits", {})
        if "limits" in p and not limits:
            problems.append("%s: empty limits" % where)
        if list(limits) != [k for k in LIMIT_ORDER if k in limits] \
                or "wildcardCertificates" in limits:
            problems.append("%s: bad limits %r" % (where, limits))
        hex_name = p.get("id", "") + ".hex"
        if hex_name not in hex_files:
            problems.append("%s: no capture %s" % (where, hex_name))
    for fname in hex_files:
        with open(os.path.join(captures_dir, fname), encoding="ascii") as f:
            text = f.read()
        if not re.fullmatch(r"[0-9a-f]+\n", text) or len(text) % 2 != 1:
            problems.append("%s: not one line of lower-case hex" % fname)
        if fname[:-4].lower() not in ids:
            problems.append("%s: no profile for this capture" % fname)
    if problems:
        for problem in problems:
            print("check: " + problem, file=sys.stderr)
        fail("%d problem(s) found" % len(problems))
    print("check: ok, %d client files, %d hex files" % (len(json_files), len(hex_files)))


def main():
    default_root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                 "..", ".."))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("clients_observed", nargs="?", help="path of clients-observed.json")
    parser.add_argument("--registry", default="/tmp/registry.tsv")
    parser.add_argument("--root", default=default_root, help="repository root")
    parser.add_argument("--check", action="store_true", help="only check the written files")
    args = parser.parse_args()
    by_code, by_name = load_registry(args.registry)
    if args.check:
        check(args.root, by_name)
        return
    if not args.clients_observed:
        parser.error("clients_observed is required unless --check is given")

    with open(args.clients_observed, encoding="utf-8") as f:
        entries = json.load(f)
    if len(entries) != EXPECTED_CLIENTS:
        fail("%d entries, expected %d" % (len(entries), EXPECTED_CLIENTS))
    ids = [e["id"] for e in entries]
    if len({i.lower() for i in ids}) != len(ids):
        fail("duplicate ids in the reference")
    missing_alias_targets = set(ALIASES) - set(ids)
    if missing_alias_targets:
        fail("alias targets missing: %s" % sorted(missing_alias_targets))

    warnings = []
    outputs = []
    for entry in entries:
        profile = convert(entry, by_code, by_name, warnings)
        capture = entry["client_hello_hex"].lower()
        if not re.fullmatch(r"[0-9a-f]+", capture) or len(capture) % 2:
            fail("%s: capture is not hex" % entry["id"])
        outputs.append((entry["id"], dump(profile), capture + "\n"))

    profiles_dir = os.path.join(args.root, PROFILES_DIR)
    captures_dir = os.path.join(args.root, CAPTURES_DIR)
    os.makedirs(profiles_dir, exist_ok=True)
    os.makedirs(captures_dir, exist_ok=True)
    for cid, profile_text, capture_text in outputs:
        with open(os.path.join(profiles_dir, cid + ".json"), "w", encoding="utf-8",
                  newline="\n") as f:
            f.write(profile_text)
        with open(os.path.join(captures_dir, cid + ".hex"), "w", encoding="ascii",
                  newline="\n") as f:
            f.write(capture_text)
    for warning in warnings:
        print("note: " + warning, file=sys.stderr)
    print("wrote %d profiles and %d captures" % (len(outputs), len(outputs)))
    check(args.root, by_name)


if __name__ == "__main__":
    main()
