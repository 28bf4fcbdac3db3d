#!/usr/bin/env python3
"""Generate the SDK-ECDSA-P256-SHA256 and SDK-SM2-SM3 fixtures from the official Python SDK
(huaweicloudsdkcore 3.1.219).

Usage (from this directory, in a virtualenv outside the repository):
    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install -r requirements.txt
    /tmp/venv/bin/python generate_asymmetric.py > asymmetric_vectors.json

ECDSA and SM2 signatures are randomized, so these are not byte-for-byte vectors. The file holds:
- "keys": for each credentials set and algorithm, the public key the SDK derives from AK/SK
  (P256SHA256Signer / SM2SM3Signer .get_signing_key()), uncompressed SEC1 hex. The Rust test
  derives its own and compares: the same private key, so the SDK verifies our signatures.
- "vectors": requests signed by the SDK's real path (GlobalCredentials.sign_request), with the
  canonical request and string to sign captured, every header it sends (Authorization with the
  SDK's signature) and the URI. The Rust test reproduces everything but the signature, checks
  the SDK's signature with its verifier, and that every single mutation is refused.
Deterministic apart from the signatures: fixed dates, a fixed clock, a fixed list of requests.
"""
import json
import sys
from datetime import datetime

import huaweicloudsdkcore
from huaweicloudsdkcore.auth.credentials import GlobalCredentials
from huaweicloudsdkcore.sdk_request import SdkRequest
from huaweicloudsdkcore.signer import signer as signer_module
from huaweicloudsdkcore.signer.algorithm import SigningAlgorithm
from huaweicloudsdkcore.signer.signer import P256SHA256Signer, SM2SM3Signer

FIXED_NOW = datetime(2026, 11, 29, 8, 0, 0)
FIXED_NOW_TEXT = "20261129T080000Z"


class _FixedClock(datetime):
    @classmethod
    def utcnow(cls):
        return FIXED_NOW


signer_module.datetime = _FixedClock

CAPTURED = {}
_original_sts = signer_module.Signer.__dict__["_process_string_to_sign"]


def _capture_sts(self, canonical_request, t, *args, **kwargs):
    CAPTURED["canonical_request"] = canonical_request
    result = _original_sts(self, canonical_request, t, *args, **kwargs)
    CAPTURED["string_to_sign"] = result
    return result


signer_module.Signer._process_string_to_sign = _capture_sts

ALGORITHMS = {
    "SDK-ECDSA-P256-SHA256": (SigningAlgorithm.ECDSA_P256_SHA256, P256SHA256Signer),
    "SDK-SM2-SM3": (SigningAlgorithm.SM2_SM3, SM2SM3Signer),
}

CREDENTIALS = [
    {"ak": "HPUAXXXXXXXXXXXXXXXX", "sk": "skskskskskskskskskskskskskskskskskskskss",
     "domain_id": "0c2f1a0d3e8000f21f3dc0195b9e2b87"},
    {"ak": "AccessKey", "sk": "SecretKey", "domain_id": "d0ma1n"},
    {"ak": "AK7TEMPORARY", "sk": "s3cr3t/with+symbols=", "domain_id": "d0ma1n",
     "security_token": "gQpjbi1ub3J0aC00k3Rva2Vu-temporary+token/=="},
    {"ak": "UNICODESK", "sk": "секрет-ключ-ünïcødé", "domain_id": "domain-ü"},
]


def public_key(signer_cls, ak, sk):
    key = signer_cls(GlobalCredentials(ak, sk)).get_signing_key()
    x, y = key._public_key
    return "04%064x%064x" % (x, y)


def has_short_coordinate(pub):
    x, y = pub[2:66], pub[66:]
    return x.startswith("00") or y.startswith("00")


def find_short_coordinate_ak(signer_cls, prefix, sk):
    """An AK whose derived public key has a coordinate with a leading zero byte: the Python
    SDK's SM2 user hash Z then differs from the standard one (it drops leading zeros)."""
    for i in range(4000):
        ak = "%s%04d" % (prefix, i)
        if has_short_coordinate(public_key(signer_cls, ak, sk)):
            return ak
    raise SystemExit("no short-coordinate key found for " + prefix)


SHORT_SK = "short-coordinate-secret"
CREDENTIALS.append({"ak": find_short_coordinate_ak(SM2SM3Signer, "SM2SHORT", SHORT_SK), "sk": SHORT_SK,
                    "domain_id": "short-sm2", "note": "SM2 public key with a leading zero byte"})
CREDENTIALS.append({"ak": find_short_coordinate_ak(P256SHA256Signer, "P256SHORT", SHORT_SK), "sk": SHORT_SK,
                    "domain_id": "short-p256", "note": "P-256 public key with a leading zero byte"})

DATE = {"X-Sdk-Date": FIXED_NOW_TEXT}
JSON = {"Content-Type": "application/json;charset=UTF-8"}
REQUESTS = [
    ("GET without query", "GET", "/v2/servicerequest/cases", [], dict(DATE), None),
    ("GET with query", "GET", "/v2/servicerequest/cases", [("limit", "10"), ("offset", "0"), ("status", "b"),
                                                           ("status", "a")], dict(DATE), None),
    ("POST JSON", "POST", "/v2/servicerequest/cases", [],
     {**DATE, **JSON, "X-Language": "en-us", "User-Agent": "huaweicloud-usdk-python/3.0"},
     '{"simple_description":"Cannot attach the volume","business_type_id":"bt-0001"}'),
    ("PUT unicode path and body", "PUT", "/v2/servicerequest/cases/工单-7/labels", [("名字", "值 😀")],
     {**DATE, **JSON}, '{"工单":"😀"}'),
    ("multipart upload is unsigned payload", "POST", "/v2/servicerequest/attachments", [],
     {**DATE, "Content-Type": "multipart/form-data; boundary=x"}, b"--x\r\nbinary \x00\xff\r\n--x--"),
    ("caller content hash header", "POST", "/v2/x", [], {**DATE, "X-Sdk-Content-Sha256": "UNSIGNED-PAYLOAD",
                                                         "X-Sdk-Content-Sm3": "UNSIGNED-PAYLOAD"}, "anything"),
    ("underscore header unsigned, trimmed values", "DELETE", "/v2/servicerequest/labels/12", [],
     {**DATE, "X_Custom": "u", "X-Trim": "  padded\t", "Accept": "application/json"}, None),
    ("no X-Sdk-Date: the clock is used", "GET", "/v2/servicerequest/config/category", [("a", "")], {}, None),
    ("encoded path segments", "GET", "/v2/a%2Fb/c%20d/", [("q", "一 (&=?!#%.*)")], dict(DATE), None),
    ("lower-case method", "patch", "/v2/servicerequest/cases/CS1", [], {**DATE, **JSON}, '{"m":1}'),
    ("large body", "POST", "/v2/servicerequest/cases", [], {**DATE, **JSON}, '{"d":"' + "x" * 3000 + '"}'),
]


def body_field(body):
    if body is None:
        return {}
    if isinstance(body, bytes):
        import base64
        return {"body_base64": base64.b64encode(body).decode()}
    return {"body": body}


def sign_vector(name, method, path, query, headers, body, algorithm, creds, host="osm.myhuaweicloud.com"):
    enum, signer_cls = ALGORITHMS[algorithm]
    request = SdkRequest(method=method, schema="https", host=host, resource_path=path,
                         query_params=[tuple(p) for p in query], header_params=dict(headers),
                         body=body.encode("utf-8") if isinstance(body, str) else body)
    request.signing_algorithm = enum
    credentials = GlobalCredentials(creds["ak"], creds["sk"], creds.get("domain_id"))
    if creds.get("security_token"):
        credentials.with_security_token(creds["security_token"])
    CAPTURED.clear()
    credentials.sign_request(request)
    sent = []
    for k, v in request.header_params.items():
        try:
            v = v.encode("iso-8859-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
        sent.append([k, v])
    authorization = request.header_params["Authorization"]
    signature = authorization.rsplit("Signature=", 1)[1]
    # the SDK's own verification of its own signature, with its own key derivation
    key = signer_cls(credentials).get_signing_key()
    assert key.verify(bytes.fromhex(signature), CAPTURED["string_to_sign"].encode("utf-8"))
    return {
        "name": "%s [%s] %s" % (name, algorithm, creds["ak"]),
        "algorithm": algorithm,
        "credentials": {k: v for k, v in creds.items() if k != "note"},
        "request": {"method": method, "host": host, "path": path, "query": [list(p) for p in query],
                    "headers": [list(h) for h in headers.items()], **body_field(body)},
        "now": FIXED_NOW_TEXT,
        "expected": {
            "canonical_request": CAPTURED["canonical_request"],
            "string_to_sign": CAPTURED["string_to_sign"],
            "authorization": authorization,
            "uri": request.uri,
            "headers": sent,
        },
    }


KEYS = []
for creds in CREDENTIALS:
    for algorithm, (_, signer_cls) in ALGORITHMS.items():
        pub = public_key(signer_cls, creds["ak"], creds["sk"])
        KEYS.append({"algorithm": algorithm, "ak": creds["ak"], "sk": creds["sk"], "public_key": pub,
                     "short_coordinate": has_short_coordinate(pub)})

VECTORS = []
for algorithm in ALGORITHMS:
    for i, (name, method, path, query, headers, body) in enumerate(REQUESTS):
        # every request with the first credentials, and each credentials set with a few requests
        for j, creds in enumerate(CREDENTIALS):
            if j == 0 or i % len(CREDENTIALS) == j or (j >= 4 and i < 3):
                VECTORS.append(sign_vector(name, method, path, query, headers, body, algorithm, creds))

json.dump({
    "generator": "osm-auth/tests/vectors/generate_asymmetric.py",
    "sdk": "huaweicloudsdkcore " + getattr(huaweicloudsdkcore, "__version__", "3.1.219"),
    "keys": KEYS,
    "vectors": VECTORS,
}, sys.stdout, ensure_ascii=False, indent=1)
sys.stdout.write("\n")
