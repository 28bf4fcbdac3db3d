#!/usr/bin/env python3
"""Cross-check `osm sign` for SDK-ECDSA-P256-SHA256 and SDK-SM2-SM3 with the official Python SDK.

Not part of CI. Builds nothing: pass the path of a built `osm` binary.

    /tmp/osm-vectors-venv/bin/python cross_check_asymmetric.py ../../../target/debug/osm [count] [seed]

For fresh random requests (own seed) and several credential sets, the script runs `osm sign`
with the credentials only in the child's environment, signs the same request with
huaweicloudsdkcore (capturing its string to sign), requires every printed header line to equal
the SDK's except for the signature itself, and then verifies OUR signature with the SDK's own
key derivation and verification (`P256SHA256Signer/SM2SM3Signer(...).get_signing_key().verify`).

One known difference is checked explicitly: for an SM2 key whose public key has a coordinate
with a leading zero byte, the Python SDK's user hash Z drops those zero bytes, unlike GB/T
32918 and the Go and Java SDKs, whose Z we use. For such a key the SDK's verify must reject our
signature, and the same SDK verification with Z computed over 32-byte coordinates must accept it.
"""
import os
import random
import subprocess
import sys
import tempfile
from urllib.parse import quote

from huaweicloudsdkcore.auth.credentials import GlobalCredentials
from huaweicloudsdkcore.sdk_request import SdkRequest
from huaweicloudsdkcore.signer import signer as signer_module
from huaweicloudsdkcore.signer import utils as signer_utils
from huaweicloudsdkcore.signer.algorithm import SigningAlgorithm
from huaweicloudsdkcore.signer.signer import P256SHA256Signer, SM2SM3Signer

OSM = sys.argv[1]
COUNT = int(sys.argv[2]) if len(sys.argv) > 2 else 40
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 24_681_357)

CAPTURED = {}
_original_sts = signer_module.Signer.__dict__["_process_string_to_sign"]


def _capture_sts(self, canonical_request, t, *args, **kwargs):
    result = _original_sts(self, canonical_request, t, *args, **kwargs)
    CAPTURED["string_to_sign"] = result
    return result


signer_module.Signer._process_string_to_sign = _capture_sts

ALGORITHMS = {"SDK-ECDSA-P256-SHA256": (SigningAlgorithm.ECDSA_P256_SHA256, P256SHA256Signer),
              "SDK-SM2-SM3": (SigningAlgorithm.SM2_SM3, SM2SM3Signer)}
CREDS = [
    {"ak": "FRESHAK" + str(rng.randint(1000, 9999)), "sk": "fresh-secret-" + str(rng.random()),
     "domain_id": "dom" + str(rng.randint(10 ** 8, 10 ** 9))},
    {"ak": "AK7TEMPORARY", "sk": "s3cr3t/with+symbols=", "domain_id": "d0ma1n", "token": "tok/+="},
    # from asymmetric_vectors.json: its SM2 public key has a coordinate with a leading zero byte
    {"ak": "SM2SHORT0017", "sk": "short-coordinate-secret", "domain_id": "short-sm2"},
]
PATHS = ["/v2/servicerequest/cases", "/v2/servicerequest/cases/{id}/messages", "/v2/servicerequest/labels"]
IDS = ["20261129000001", "case 01", "工单-7", "a%2Fb", "x~y"]
KEYS = ["limit", "offset", "status", "search_key", "名称"]
VALUES = ["10", "0", "", "a b", "工单 😀", "x&y=z", "100%"]
HEADER_NAMES = ["X-Language", "Accept", "User-Agent", "X_Skip_Me", "X-Note"]
HEADER_VALUES = ["en-us", "application/json", "osm-rs/0.1", "  spaced  ", "ünïcødé 工单", "a;b,c"]
CONTENT_TYPES = [None, "application/json", "application/json;charset=UTF-8", "text/plain"]


def short_coordinate(key):
    x, y = key._public_key
    return x < 1 << 248 or y < 1 << 248


def verify_padded_z(key, signature, data):
    """The SDK's SM2 verification with Z over 32-byte coordinates (GB/T 32918, Go, Java)."""
    original = signer_utils._int_to_bytes
    signer_utils._int_to_bytes = lambda i: i.to_bytes(32, "big")
    try:
        padded = signer_utils.SM2SigningKey(key._private_key)
        return padded.verify(signature, data)
    finally:
        signer_utils._int_to_bytes = original


checked = failures = short_checked = 0
for n in range(COUNT):
    algorithm = rng.choice(list(ALGORITHMS))
    enum, signer_cls = ALGORITHMS[algorithm]
    creds = CREDS[n % len(CREDS)]
    path = rng.choice(PATHS).replace("{id}", rng.choice(IDS))
    query = [(rng.choice(KEYS), rng.choice(VALUES)) for _ in range(rng.randint(0, 3))]
    method = rng.choice(["GET", "POST", "PUT", "DELETE"])
    headers = {"X-Sdk-Date": "2026%02d%02dT%02d%02d%02dZ" % (rng.randint(1, 12), rng.randint(1, 28),
                                                             rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))}
    for _ in range(rng.randint(0, 3)):
        headers[rng.choice(HEADER_NAMES)] = rng.choice(HEADER_VALUES)
    ct = rng.choice(CONTENT_TYPES)
    if ct:
        headers["Content-Type"] = ct
    body = rng.choice([None, '{"simple_description":"fresh %d"}' % n, '{"工单":"😀"}'])

    req = SdkRequest(method=method, schema="https", host="osm.myhuaweicloud.com", resource_path=path,
                     query_params=list(query), header_params=dict(headers),
                     body=body.encode() if body is not None else None)
    req.signing_algorithm = enum
    sdk_creds = GlobalCredentials(creds["ak"], creds["sk"], creds["domain_id"])
    if creds.get("token"):
        sdk_creds.with_security_token(creds["token"])
    sdk_creds.sign_request(req)
    sts = CAPTURED["string_to_sign"].encode("utf-8")
    expected = ["%s: %s" % (k, v.encode("iso-8859-1").decode("utf-8")) for k, v in req.header_params.items()]

    url = "https://osm.myhuaweicloud.com" + path
    if query:
        url += "?" + "&".join(quote(k, safe="") + "=" + quote(v, safe="") for k, v in query)
    args = [OSM, "sign", "--method", method, "--url", url, "--algorithm", algorithm.lower()]
    for k, v in headers.items():
        args += ["-H", "%s: %s" % (k, v)]
    if body is not None:
        args += ["--data", body]
    env = {"HOME": tempfile.gettempdir(), "HUAWEICLOUD_SDK_AK": creds["ak"], "HUAWEICLOUD_SDK_SK": creds["sk"],
           "HUAWEICLOUD_SDK_DOMAIN_ID": creds["domain_id"]}
    if creds.get("token"):
        env["HUAWEICLOUD_SDK_SECURITY_TOKEN"] = creds["token"]
    got = subprocess.run(args, env=env, capture_output=True, text=True)
    lines = got.stdout.splitlines()
    strip = lambda line: line.split("Signature=")[0]
    if got.returncode != 0 or [strip(l) for l in lines] != [strip(l) for l in expected]:
        failures += 1
        print("MISMATCH #%d %s %s\n  sdk: %r\n  osm: %r %s" % (n, method, url, expected, lines, got.stderr))
        continue
    ours = bytes.fromhex(lines[-1].rsplit("Signature=", 1)[1])
    key = signer_cls(sdk_creds).get_signing_key()
    sdk_accepts = key.verify(ours, sts)
    if algorithm == "SDK-SM2-SM3" and short_coordinate(key):
        short_checked += 1
        if sdk_accepts or not verify_padded_z(key, ours, sts):
            failures += 1
            print("SHORT-COORDINATE SM2 #%d: sdk verify %s, padded-Z verify %s" % (
                n, sdk_accepts, verify_padded_z(key, ours, sts)))
            continue
    elif not sdk_accepts:
        failures += 1
        print("SDK REJECTS OUR SIGNATURE #%d %s %s: %s" % (n, algorithm, creds["ak"], lines[-1]))
        continue
    checked += 1

print("(%d of them SM2 with a short-coordinate key, checked against the padded Z)" % short_checked)
print("%d passed, %d failed" % (checked, failures))
sys.exit(1 if failures else 0)
