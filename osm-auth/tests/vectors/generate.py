#!/usr/bin/env python3
"""Generate signing test vectors from the official Python SDK (huaweicloudsdkcore 3.1.219).

Usage (from this directory, in a virtualenv outside the repository):
    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install -r requirements.txt
    /tmp/venv/bin/python generate.py > python_sdk_vectors.json

Every vector runs the SDK's real signing path: GlobalCredentials.sign_request (which adds
X-Domain-Id and X-Security-Token) and then Signer / SM3Signer / DerivationAKSKSigner. The
canonical request and the string to sign are captured by wrapping the signer's own methods.
Output is deterministic: a fixed random seed, fixed dates, a fixed clock for "no X-Sdk-Date".
"""
import base64
import json
import random
import sys
from datetime import datetime

import huaweicloudsdkcore
from huaweicloudsdkcore.auth.credentials import GlobalCredentials
from huaweicloudsdkcore.sdk_request import SdkRequest
from huaweicloudsdkcore.signer import signer as signer_module
from huaweicloudsdkcore.signer.algorithm import SigningAlgorithm
from huaweicloudsdkcore.signer.signer import Signer, DerivationAKSKSigner

FIXED_NOW = datetime(2026, 11, 29, 8, 0, 0)
FIXED_NOW_TEXT = "20261129T080000Z"


class _FixedClock(datetime):
    @classmethod
    def utcnow(cls):
        return FIXED_NOW


# the signer reads the clock only through this module attribute
signer_module.datetime = _FixedClock

CAPTURED = {}


def _wrap_sts(cls):
    original = cls.__dict__["_process_string_to_sign"]

    def wrapper(self, canonical_request, t, *args, **kwargs):
        CAPTURED["canonical_request"] = canonical_request
        result = original(self, canonical_request, t, *args, **kwargs)
        CAPTURED["string_to_sign"] = result
        return result

    setattr(cls, "_process_string_to_sign", wrapper)


_wrap_sts(Signer)
_wrap_sts(DerivationAKSKSigner)

ALGORITHMS = {
    "SDK-HMAC-SHA256": SigningAlgorithm.HMAC_SHA256,
    "SDK-HMAC-SM3": SigningAlgorithm.HMAC_SM3,
    "V11-HMAC-SHA256": None,
}

CREDENTIALS = [
    {"ak": "HPUAXXXXXXXXXXXXXXXX", "sk": "skskskskskskskskskskskskskskskskskskskss", "domain_id": "0c2f1a0d3e8000f21f3dc0195b9e2b87"},
    {"ak": "AccessKey", "sk": "SecretKey"},
    {"ak": "AK7TEMPORARY", "sk": "s3cr3t/with+symbols=", "domain_id": "d0ma1n",
     "security_token": "gQpjbi1ub3J0aC00k3Rva2Vu-temporary+token/=="},
    {"ak": "ÄK-unicode-not-used-by-real-keys".encode("ascii", "ignore").decode(), "sk": "секрет-ключ-ünïcødé",
     "domain_id": "domain-ü"},
]


def body_field(body):
    if body is None:
        return {}
    if isinstance(body, str):
        return {"body": body}
    try:
        return {"body": body.decode("utf-8")} if b"\x00" not in body else {"body_base64": base64.b64encode(body).decode()}
    except UnicodeDecodeError:
        return {"body_base64": base64.b64encode(body).decode()}


def sign_vector(name, method, path, query, headers, body, algorithm, creds, scope=None, host="osm.myhuaweicloud.com"):
    """Sign one request with the SDK and return the vector (or the SDK's error)."""
    request = SdkRequest(
        method=method,
        schema="https",
        host=host,
        resource_path=path,
        query_params=[tuple(p) for p in query],
        header_params=dict(headers),
        body=body.encode("utf-8") if isinstance(body, str) else body,
    )
    credentials = GlobalCredentials(creds["ak"], creds["sk"], creds.get("domain_id"))
    if creds.get("security_token"):
        credentials.with_security_token(creds["security_token"])
    if algorithm == "V11-HMAC-SHA256":
        credentials.with_derived_predicate(lambda r: True)
        credentials._derived_auth_service_name = scope["service"]
        credentials._region_id = scope["region"]
    else:
        request.signing_algorithm = ALGORITHMS[algorithm]

    vector = {
        "name": name,
        "algorithm": algorithm,
        "credentials": creds,
        "request": {
            "method": method,
            "host": host,
            "path": path,
            "query": [list(p) for p in query],
            "headers": [list(h) for h in headers.items()] if isinstance(headers, dict) else [list(h) for h in headers],
            **body_field(body),
        },
        "now": FIXED_NOW_TEXT,
    }
    if scope:
        vector["scope"] = scope
    CAPTURED.clear()
    try:
        credentials.sign_request(request)
    except Exception as e:  # the SDK refuses this input
        vector["expected"] = {"error": type(e).__name__ + ": " + str(e)}
        return vector
    sent_headers = []
    for k, v in request.header_params.items():
        try:  # the SDK re-decodes UTF-8 values as ISO-8859-1 for http.client; undo that
            v = v.encode("iso-8859-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
        sent_headers.append([k, v])
    vector["expected"] = {
        "canonical_request": CAPTURED["canonical_request"],
        "string_to_sign": CAPTURED["string_to_sign"],
        "authorization": request.header_params["Authorization"],
        "uri": request.uri,
        "headers": sent_headers,
    }
    return vector


DATE = {"X-Sdk-Date": "20261129T080000Z"}
JSON = {"Content-Type": "application/json;charset=UTF-8"}
C0 = CREDENTIALS[0]
V11_SCOPE = {"region": "cn-south-1", "service": "osm"}
OUT = []


def add(name, method="GET", path="/v2/servicerequest/cases", query=(), headers=None, body=None, creds=C0,
        algorithms=("SDK-HMAC-SHA256", "SDK-HMAC-SM3", "V11-HMAC-SHA256"), host="osm.myhuaweicloud.com"):
    for alg in algorithms:
        hdrs = dict(DATE) if headers is None else headers
        scope = V11_SCOPE if alg == "V11-HMAC-SHA256" else None
        OUT.append(sign_vector(f"{name} [{alg}]", method, path, list(query), hdrs, body, alg, creds, scope, host))


# --- fixed edge cases, each under the three algorithms ------------------------------------
add("GET without query")
add("trailing slash kept", path="/v2/servicerequest/cases/")
add("root path", path="/")
add("double slashes", path="//v2//cases//")
add("encoded slash splits the segment", path="/v2/a%2Fb/c")
add("encoded space and plus", path="/v2/a%20b/c+d/e%2Bf")
add("raw unicode path", path="/v2/工单/é/😀")
add("encoded unicode path", path="/v2/%E5%B7%A5%E5%8D%95/%C3%A9")
add("invalid percent escapes", path="/v2/%zz/%/%4")
add("truncated UTF-8 escape becomes U+FFFD", path="/v2/%E4%B8/%FF%FE/x")
add("reserved characters in path", path="/v2/!*'();:@&=+$,[]~-._/x")
add("double-encoded percent", path="/v2/a%252F")
add("space raw in path", path="/v2/a b/c\tz")
add("query single pair", query=[("limit", "10")])
add("query repeated keys sorted by value", query=[("status", "b"), ("status", "a"), ("status", "c")])
add("query empty values", query=[("a", ""), ("b", ""), ("a", "x")])
add("query sorted on raw keys not encoded ones", query=[("a~", "1"), ("a b", "2"), ("a*", "3"), ("A", "4"), ("_", "5"), ("-", "6")])
add("query unicode keys and values", query=[("名字", "值"), ("é", "ü"), ("z", "😀"), ("emoji😀", "")])
add("query reserved characters", query=[("q", "一 (&=?!#%.*)"), ("path", "/tmp/123"), ("plus", "a+b c"), ("tilde", "~x~")])
add("query percent signs are literal", query=[("v", "%20"), ("w", "100%")])
add("query bool-like strings", query=[("enable", "true"), ("limit", "1")])
add("header with underscore not signed", headers={**DATE, "TEST_UNDERSCORE": "v", "X_Custom": "u"})
add("header values trimmed", headers={**DATE, "X-Trim": "  padded\t", "X-Tabs": "\t\ttabs \t"})
add("header values trimmed of unicode spaces", headers={**DATE, "X-Nbsp": "\u00a0nbsp\u3000", "X-Fs": "\x1c\x1dfile-sep\x1e\x1f", "X-Nel": "\x85nel\u2028"})
add("header value unicode", headers={**DATE, "X-Title": "工单 ünïcødé 😀"})
add("header value empty", headers={**DATE, "X-Empty": ""})
add("header name case kept, lower-cased when signed", headers={**DATE, "X-CaMeL-HeAdEr": "v", "accept": "*/*"})
add("headers differing only in case both signed", headers={**DATE, "X-Dup": "first", "x-dup": "second"})
add("caller host header honoured", headers={**DATE, "Host": "custom.example.com:8443"})
add("lower-case host header", headers={**DATE, "host": "lower.example.com"})
add("host with port", host="127.0.0.1:8443")
add("lower-case x-sdk-date name", headers={"x-sdk-date": "20261129T080000Z"})
add("no X-Sdk-Date: the clock is used", headers={})
add("no X-Sdk-Date with other headers", headers={"Content-Type": "application/json"}, method="POST", body='{"a":1}')
add("date at year start", headers={"X-Sdk-Date": "20270101T000000Z"})
add("date on leap day", headers={"X-Sdk-Date": "20280229T235959Z"})
add("date before 1000 is not zero-padded by strftime", headers={"X-Sdk-Date": "09990101T000000Z"})
add("malformed date is refused", headers={"X-Sdk-Date": "2026-11-29T08:00:00Z"})
add("date with a month 13 is refused", headers={"X-Sdk-Date": "20261329T080000Z"})
add("date with surrounding spaces is refused", headers={"X-Sdk-Date": " 20261129T080000Z "})
add("typical headers", method="POST", headers={**DATE, **JSON, "User-Agent": "huaweicloud-usdk-python/3.0", "X-Language": "en-us", "Accept": "application/json"}, body='{"x_customer_name":"a","simple_description":"b"}')
add("empty body hash even for non-JSON", method="POST", headers={**DATE, "Content-Type": "text/plain"}, body=b"")
for ct in ["application/json", "application/json;charset=UTF-8", "application/bson", "text/plain", "application/octet-stream",
           "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/xml", "", " application/json",
           "APPLICATION/JSON", "application/jsonp", "image/png"]:
    add(f"content type {ct!r}", method="POST", headers={**DATE, "Content-Type": ct}, body=b"payload \x00\xff bytes")
add("lower-case content-type name: the SDK hashes the body", method="POST", headers={**DATE, "content-type": "text/plain"}, body="text body")
add("caller X-Sdk-Content-Sha256 used as payload hash", method="POST", headers={**DATE, "X-Sdk-Content-Sha256": "UNSIGNED-PAYLOAD"}, body="anything")
add("caller lower-case content hash header", method="PUT", headers={**DATE, "x-sdk-content-sha256": "  abc123  ", "Content-Type": "text/plain"}, body="b")
add("caller blank content hash header falls back to hashing", method="PUT", headers={**DATE, "X-Sdk-Content-Sha256": "   "}, body="b")
add("caller content hash header with unicode", method="PUT", headers={**DATE, "X-Sdk-Content-Sha256": "ü"}, body="b")
add("SM3 content header", method="PUT", headers={**DATE, "X-Sdk-Content-Sm3": "UNSIGNED-PAYLOAD"}, body="b")
add("binary body", method="POST", headers={**DATE, **JSON}, body=bytes(range(256)))
add("unicode JSON body", method="POST", headers={**DATE, **JSON}, body='{"simple_description":"工单 😀 ünïcødé"}')
add("large body", method="POST", headers={**DATE, **JSON}, body='{"d":"' + "x" * 5000 + '"}')
for m in ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "post", "Delete"]:
    add(f"method {m}", method=m, headers={**DATE, **JSON}, body='{"m":1}' if m.upper() in ("POST", "PUT", "PATCH") else None)
for i, c in enumerate(CREDENTIALS):
    add(f"credentials #{i}", method="POST", creds=c, headers={**DATE, **JSON}, body='{"a":1}', query=[("limit", "5")])
add("caller X-Domain-Id replaced by the credentials'", headers={**DATE, "X-Domain-Id": "other"})
add("caller x-domain-id lower-case kept beside the credentials'", headers={**DATE, "x-domain-id": "other"})
add("caller X-Security-Token replaced", headers={**DATE, "X-Security-Token": "old"}, creds=CREDENTIALS[2])
add("X-Project-Id and X-Language", headers={**DATE, "X-Project-Id": "p", "X-Language": "zh-cn"})
add("header names with digits and dots", headers={**DATE, "X-1.2": "v", "X-Ab-9": "w"})

# V11 scope variants
for region, service in [("cn-north-4", "osm"), ("globe", "osm"), ("ap-southeast-1", "ecs"), ("r", "s-with-dash")]:
    OUT.append(sign_vector(f"V11 scope {region}/{service}", "GET", "/v2/x", [("a", "b")], dict(DATE), None,
                           "V11-HMAC-SHA256", C0, {"region": region, "service": service}))

# --- seeded random requests ------------------------------------------------------------------
rng = random.Random(20261129)
PATH_PIECES = ["v2", "servicerequest", "cases", "case-id-123", "%E4%B8%80", "工单", "a b", "%2F", "~", "x+y", "%25", "é",
               "!$&'()*+,;=:@", "", "..", ".", "%zz", "😀", "%F0%9F%98%80"]
QUERY_KEYS = ["limit", "offset", "status", "a", "A", "é", "名", "x y", "x+y", "k~", "k*", "", "sort_key", "search_key"]
QUERY_VALUES = ["", "1", "10", "true", "false", "a b", "a+b", "%20", "工单", "😀", "/tmp/x", "&=?#", "~-._", "MiXeD"]
HEADER_NAMES = ["X-Custom", "X-Trace-Id", "User-Agent", "Accept", "X-Language", "X_Underscore", "x-lower", "X-UPPER",
                "Accept-Language", "X-Request-Id", "Content-Type", "X-Sdk-Content-Sha256"]
HEADER_VALUES = ["v", " padded ", "工单", "a,b;c", "\tx\t", "", "UNSIGNED-PAYLOAD", "application/json", "text/plain",
                 "multipart/form-data", "😀 emoji", "\u00a0nb\u00a0", "quote\"d", "application/bson"]
METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"]
BODIES = [None, "", '{"a":1}', '{"工单":"😀"}', "plain text", b"\x00\x01\x02\xff", "a=1&b=2", "x" * 1024]
for i in range(160):
    alg = rng.choice(list(ALGORITHMS))
    path = "/" + "/".join(rng.choice(PATH_PIECES) for _ in range(rng.randint(0, 4)))
    if rng.random() < 0.3:
        path += "/"
    query = [(rng.choice(QUERY_KEYS), rng.choice(QUERY_VALUES)) for _ in range(rng.randint(0, 5))]
    headers = {}
    if rng.random() < 0.9:
        headers["X-Sdk-Date"] = "2026%02d%02dT%02d%02d%02dZ" % (
            rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    for _ in range(rng.randint(0, 5)):
        headers[rng.choice(HEADER_NAMES)] = rng.choice(HEADER_VALUES)
    creds = rng.choice(CREDENTIALS)
    scope = {"region": rng.choice(["cn-south-1", "globe", "eu-west-0"]), "service": rng.choice(["osm", "iam"])}
    OUT.append(sign_vector(f"random #{i} [{alg}]", rng.choice(METHODS), path, query, headers, rng.choice(BODIES), alg,
                           creds, scope if alg == "V11-HMAC-SHA256" else None,
                           rng.choice(["osm.myhuaweicloud.com", "127.0.0.1:8080", "osm.ap-southeast-1.myhuaweicloud.com"])))

# Python's str.strip() whitespace set, so the Rust side can check its trim predicate.
PY_WHITESPACE = [cp for cp in range(0x110000) if chr(cp).isspace()]

json.dump({
    "generator": "osm-auth/tests/vectors/generate.py",
    "sdk": "huaweicloudsdkcore " + getattr(huaweicloudsdkcore, "__version__", "3.1.219"),
    "python_whitespace": PY_WHITESPACE,
    "vectors": OUT,
}, sys.stdout, ensure_ascii=False, indent=1)
sys.stdout.write("\n")
