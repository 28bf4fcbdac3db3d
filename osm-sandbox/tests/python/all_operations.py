#!/usr/bin/env python3
"""Calls every operation of the official Python SDK (huaweicloudsdkosm) against osm-sandbox.

Each request is filled generically from the SDK's own model metadata (strings, ints, lists,
nested models) with real ids where a path needs one. An operation passes when the SDK either
deserializes a 200 response or raises ClientRequestException for a Huawei-shaped 4xx; any
other exception (a response the SDK cannot decode, a 5xx) fails the run.

    /work/.venv/bin/python osm-sandbox/tests/python/all_operations.py http://127.0.0.1:PORT
"""
import inspect
import sys

import huaweicloudsdkosm.v2 as osm
from huaweicloudsdkcore.auth.credentials import GlobalCredentials
from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkcore.http.formdata import FormFile

from ticket_life import DEMO

# realistic values for names the sandbox checks against its catalogue or a format
KNOWN = {
    "business_type_id": "bt-consult", "businessTypeId": "bt-consult", "product_category_id": "pc-ecs",
    "incident_sub_type_id": "st-technical", "severity_id": "sev-1", "region_id": "cn-north-4",
    "area_code": "86", "query_start_time": "2026-01-01 00:00:00", "query_end_time": "2099-01-01 00:00:00",
    "queryStartTime": "2026-01-01 00:00:00", "queryEndTime": "2099-01-01 00:00:00",
    "create_time": "4102444800000", "last_message_time_id": "0", "relation_type": "MESSAGE",
    "privilege": "export", "operation": "create", "accessory_from": "incident", "accessory_data": "aGVsbG8=",
    "accessory_name": "a.txt", "language": "en-us", "timezone": "GMT+8", "status": 0, "incident_status": "0",
    "satisfaction_id": 1, "satisfaction_value": 5, "search_key": ["all"], "searchKey": ["all"],
    "type": 0, "limit": 10, "offset": 0, "page_no": 1, "page_size": 10, "pageNo": 1, "pageSize": 10,
}

PLAIN = {"str": "x", "int": 1, "bool": True, "float": 1.0, "object": {}}


def fill(cls, ids, depth=0):
    """An instance of an SDK model with every attribute set."""
    kwargs = {}
    for name, typ in cls.openapi_types.items():
        if name in ("x_site",):
            kwargs[name] = 1
        elif name in ("x_language", "x_time_zone"):
            continue
        elif name in ids:
            kwargs[name] = ids[name]
        elif name in KNOWN:
            kwargs[name] = KNOWN[name]
        else:
            kwargs[name] = value(typ, ids, depth)
    return cls(**kwargs)


def value(typ, ids, depth):
    if typ in PLAIN:
        return PLAIN[typ]
    if typ == "file":
        return FormFile(open(__file__, "rb"), "script.txt")
    if typ.startswith("list["):
        return [value(typ[5:-1], ids, depth + 1)]
    if typ.startswith("dict("):
        return {"k": "v"}
    if typ == "datetime":
        return "2026-11-29T08:00:00Z"
    model = getattr(osm, typ, None)
    return fill(model, ids, depth + 1) if model and depth < 4 else None


def main():
    base = sys.argv[1].rstrip("/")
    client = osm.OsmClient.new_builder().with_credentials(GlobalCredentials(*DEMO)) \
        .with_endpoints([base]).build()
    case_id = client.create_cases(osm.CreateCasesRequest(body=osm.CreateOrderIncidentV2Req(
        business_type_id="bt-consult", simple_description="all operations", source_id="s"))).incident_id
    client.create_labels(osm.CreateLabelsRequest(body=osm.CreateLabelsReq(name="all-ops", color="#123456")))
    label_id = client.list_labels(osm.ListLabelsRequest()).label_list[0].label_id
    acc = client.upload_json_accessories(osm.UploadJsonAccessoriesRequest(body=osm.AccessoryJsonFormatReq(
        accessory_data="aGVsbG8=", accessory_from="incident", accessory_name="a.txt"))).accessory_id
    ids = {"case_id": case_id, "label_id": label_id, "accessory_id": acc, "case_ids": [case_id],
           "label_ids": [str(label_id)], "accessory_ids": [acc], "related_id_list": [], "action_id": "press",
           "label_id_list": [str(label_id)], "labelIdList": [label_id]}

    ok, client_errors, failures = [], [], []
    names = [n for n, _ in inspect.getmembers(osm.OsmClient, inspect.isfunction)]
    # removals last, so the ids stay valid for everything else
    names.sort(key=lambda n: (n.startswith(("delete_", "revoke_")), n))
    for name in names:
        if name.startswith("_") or name.endswith("_invoker") or name in ("new_builder",):
            continue
        req_cls = getattr(osm, "".join(p.capitalize() for p in name.split("_")) + "Request", None)
        if req_cls is None:
            continue
        try:
            resp = getattr(client, name)(fill(req_cls, ids))
            if hasattr(resp, "consume_download_stream"):
                resp.consume_download_stream(lambda s: s.content)
            ok.append(name)
        except exceptions.ClientRequestException as e:
            if 400 <= e.status_code < 500 and e.error_code:
                client_errors.append(f"{name}:{e.status_code}")
                if "-v" in sys.argv:
                    print(f"  {name}: {e.status_code} {e.error_msg}")
            else:
                failures.append(f"{name}: HTTP {e.status_code} {e.error_code} {e.error_msg}")
        except Exception as e:  # noqa: BLE001 - any other failure is what this script looks for
            failures.append(f"{name}: {type(e).__name__}: {e}")
    print(f"{len(ok)} operations answered 200 and deserialized: {' '.join(sorted(ok))}")
    print(f"{len(client_errors)} answered a 4xx the SDK raised as ClientRequestException: {' '.join(sorted(client_errors))}")
    for f in failures:
        print("FAILED", f)
    total = len(ok) + len(client_errors) + len(failures)
    print(f"{total} operations called, {len(failures)} failures")
    sys.exit(1 if failures or total != 82 else 0)


if __name__ == "__main__":
    main()
