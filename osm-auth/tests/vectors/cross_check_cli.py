#!/usr/bin/env python3
"""Cross-check `osm sign` against the official Python SDK on fresh requests.

Not part of CI. Builds nothing: pass the path of a built `osm` binary.

    /tmp/osm-vectors-venv/bin/python cross_check_cli.py ../../../target/debug/osm [count] [seed]

Each request is new (random seed unrelated to generate.py's, OSM-like paths and queries, random
headers, bodies and algorithms). For each one the script runs `osm sign` with credentials passed
only through the child's environment, signs the same request with huaweicloudsdkcore, and
compares every header line, including Authorization.
"""
import os
import random
import subprocess
import sys
import tempfile
from urllib.parse import quote

from huaweicloudsdkcore.auth.credentials import GlobalCredentials
from huaweicloudsdkcore.sdk_request import SdkRequest
from huaweicloudsdkcore.signer.algorithm import SigningAlgorithm

OSM = sys.argv[1]
COUNT = int(sys.argv[2]) if len(sys.argv) > 2 else 50
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7_654_321)

PATHS = ["/v2/servicerequest/cases", "/v2/servicerequest/cases/{id}/messages", "/v2/servicerequest/cases/{id}/attachments",
         "/v2/servicerequest/config/category/{id}", "/v2/servicerequest/cases/{id}/privileges", "/v2/servicerequest/labels"]
IDS = ["20261129000001", "case 01", "工单-7", "a%2Fb", "x~y", "é+ü", "%E4%B8%80"]
KEYS = ["limit", "offset", "status", "search_key", "label_id_list", "app_key", "incident_id", "start_time", "名称"]
VALUES = ["10", "0", "", "1,2,3", "a b", "工单 😀", "2026-11-29T08:00:00Z", "x&y=z", "100%", "true"]
HEADER_NAMES = ["X-Language", "X-Customer-Trace", "Accept", "User-Agent", "X-Request-Id", "X_Skip_Me", "X-Note"]
HEADER_VALUES = ["en-us", "zh-cn", "application/json", "osm-rs/0.1", "  spaced  ", "ünïcødé 工单", "a;b,c", "tab\there"]
CONTENT_TYPES = [None, "application/json", "application/json;charset=UTF-8", "multipart/form-data; boundary=b",
                 "application/octet-stream", "text/plain"]
CREDS = {"ak": "FRESHAK" + str(rng.randint(1000, 9999)), "sk": "fresh-secret-" + str(rng.random()),
         "domain_id": "dom" + str(rng.randint(10 ** 8, 10 ** 9))}

failures = 0
for n in range(COUNT):
    path = rng.choice(PATHS).replace("{id}", rng.choice(IDS))
    query = [(rng.choice(KEYS), rng.choice(VALUES)) for _ in range(rng.randint(0, 4))]
    method = rng.choice(["GET", "POST", "PUT", "DELETE", "PATCH"])
    headers = {"X-Sdk-Date": "2026%02d%02dT%02d%02d%02dZ" % (rng.randint(1, 12), rng.randint(1, 28),
                                                             rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))}
    for _ in range(rng.randint(0, 3)):
        headers[rng.choice(HEADER_NAMES)] = rng.choice(HEADER_VALUES)
    ct = rng.choice(CONTENT_TYPES)
    if ct:
        headers["Content-Type"] = ct
    body = rng.choice([None, '{"simple_description":"fresh %d"}' % n, '{"工单":"😀"}', "raw text body"])
    algorithm = rng.choice(["SDK-HMAC-SHA256", "SDK-HMAC-SM3", "V11-HMAC-SHA256"])
    token = rng.choice([None, "fresh-token/+=%d" % n])

    # the official SDK
    req = SdkRequest(method=method, schema="https", host="osm.myhuaweicloud.com", resource_path=path,
                     query_params=list(query), header_params=dict(headers),
                     body=body.encode() if body is not None else None)
    creds = GlobalCredentials(CREDS["ak"], CREDS["sk"], CREDS["domain_id"])
    if token:
        creds.with_security_token(token)
    if algorithm == "V11-HMAC-SHA256":
        creds.with_derived_predicate(lambda r: True)
        creds._derived_auth_service_name, creds._region_id = "osm", "cn-north-4"
    else:
        req.signing_algorithm = {"SDK-HMAC-SHA256": SigningAlgorithm.HMAC_SHA256,
                                 "SDK-HMAC-SM3": SigningAlgorithm.HMAC_SM3}[algorithm]
    creds.sign_request(req)
    expected = "".join("%s: %s\n" % (k, v.encode("iso-8859-1").decode("utf-8")) for k, v in req.header_params.items())

    # osm sign, credentials only in the child's environment
    url = "https://osm.myhuaweicloud.com" + path
    if query:
        url += "?" + "&".join(quote(k, safe="") + "=" + quote(v, safe="") for k, v in query)
    args = [OSM, "sign", "--method", method, "--url", url, "--algorithm", algorithm.lower()]
    if algorithm == "V11-HMAC-SHA256":
        args += ["--region", "cn-north-4", "--service", "osm"]
    for k, v in headers.items():
        args += ["-H", "%s: %s" % (k, v)]
    if body is not None:
        args += ["--data", body]
    env = {"HOME": tempfile.gettempdir(), "HUAWEICLOUD_SDK_AK": CREDS["ak"], "HUAWEICLOUD_SDK_SK": CREDS["sk"],
           "HUAWEICLOUD_SDK_DOMAIN_ID": CREDS["domain_id"]}
    if token:
        env["HUAWEICLOUD_SDK_SECURITY_TOKEN"] = token
    got = subprocess.run(args, env=env, capture_output=True, text=True)
    if got.returncode != 0 or got.stdout != expected:
        failures += 1
        print("MISMATCH #%d %s %s\n  sdk: %r\n  osm: %r %s" % (n, method, url, expected, got.stdout, got.stderr))
    # the SDK sends the canonical query: osm's curl output must send the same URI
    curl = subprocess.run(args + ["--format", "curl"], env=env, capture_output=True, text=True).stdout
    if ("https://osm.myhuaweicloud.com" + req.uri) not in curl and quote(req.uri, safe="/?=&%~+") not in curl:
        failures += 1
        print("URI MISMATCH #%d: sdk sends %r\n  curl: %s" % (n, req.uri, curl.splitlines()[0]))

print("%d passed, %d failed" % (COUNT - failures, failures))
sys.exit(1 if failures else 0)
