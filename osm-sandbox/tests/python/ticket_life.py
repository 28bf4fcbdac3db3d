#!/usr/bin/env python3
"""A ticket's whole life through the official Python SDK (huaweicloudsdkosm) against osm-sandbox.

Run (outside CI; the Rust tests never need Python):

    python3 -m venv /work/.venv
    /work/.venv/bin/pip install huaweicloudsdkcore==3.1.219 huaweicloudsdkosm==3.1.219
    cargo run -p osm-sandbox -- --listen 127.0.0.1:8080 &      # demo account printed on stderr
    /work/.venv/bin/python osm-sandbox/tests/python/ticket_life.py http://127.0.0.1:8080

Credentials come from HUAWEICLOUD_SDK_AK / _SK / _DOMAIN_ID and default to the sandbox's demo
account. Exits non-zero on the first failed check.
"""
import base64
import json
import os
import sys
import time
import urllib.request

from huaweicloudsdkcore.auth.credentials import GlobalCredentials
from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkcore.http.formdata import FormFile
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkcore.signer.algorithm import SigningAlgorithm
from huaweicloudsdkosm.v2 import (
    AccessoryJsonFormatReq, CreateCaseLabelsRequest, CreateCasesRequest, CreateLabelsReq,
    CreateLabelsRequest, CreateMessageDoV2, CreateMessageV2Req, CreateMessagesRequest,
    CreateOrderIncidentV2Req, CreateScoreV2Req, CreateScoresRequest, DeleteCaseLabelsRequest,
    DeleteLabelsRequest, DownloadAccessoriesRequest, IncidentSatisfactionV2Do, ListCaseCountsRequest,
    ListCaseLabelsRequest, ListCaseOperateLogsRequest, ListCasesRequest, ListLabelsRequest,
    ListMessagesRequest, ListProblemTypesRequest, ListRegionsRequest, ListSeveritiesRequest,
    ListUnreadNewInstantMessagesRequest, OsmClient, UpdateLabelsReq, UpdateLabelsRequest, RevokeMessageRequest, ShowAccessoryLimitsRequest,
    ShowCaseDetailRequest, ShowCaseStatusRequest, UpdateCasesRequest,
    UpdateNewInstantMessagesReadRequest, UpdateUnreadNewInstantMsgV2Req, UploadAccessoryRequest,
    UploadAccessoryRequestBody, UploadJsonAccessoriesRequest, WorkOrderOperateV2Req,
)

DEMO = ("SANDBOXDEMOAK0000001", "sandbox-demo-secret-key-do-not-use-in-production",
        "0a1b2c3d4e5f60718293a4b5c6d7e8f9")


def check(cond, what):
    if not cond:
        print(f"FAILED: {what}")
        sys.exit(1)
    print(f"ok: {what}")


def control(base, path, body):
    req = urllib.request.Request(f"{base}/sandbox{path}", data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(req) as r:
        return json.load(r)


def main():
    base = (sys.argv[1] if len(sys.argv) > 1 else os.environ.get("OSM_SANDBOX_URL", "http://127.0.0.1:8080")).rstrip("/")
    ak = os.environ.get("HUAWEICLOUD_SDK_AK", DEMO[0])
    sk = os.environ.get("HUAWEICLOUD_SDK_SK", DEMO[1])
    domain = os.environ.get("HUAWEICLOUD_SDK_DOMAIN_ID", DEMO[2])
    client = OsmClient.new_builder().with_credentials(GlobalCredentials(ak, sk, domain)) \
        .with_endpoints([base]).build()

    types = client.list_problem_types(ListProblemTypesRequest()).incident_business_type_list
    check(len(types) > 0, f"list_problem_types: {[t.business_type_id for t in types]}")
    fault = next(t for t in types if t.case_type == "5")
    regions = client.list_regions(ListRegionsRequest()).data_center_list
    sev = client.list_severities(ListSeveritiesRequest(product_category_id="pc-ecs",
                                                       business_type_id=fault.business_type_id)).severity_list
    limits = client.show_accessory_limits(ShowAccessoryLimitsRequest()).accessory_limit
    check(limits.limit_size == "5", f"show_accessory_limits: {limits.limit_size} MiB")

    payload = bytes(range(256)) * 40
    up = client.upload_json_accessories(UploadJsonAccessoriesRequest(body=AccessoryJsonFormatReq(
        accessory_data=base64.b64encode(payload).decode(), accessory_from="incident", accessory_name="trace.log")))
    check(up.accessory_id, f"upload_json_accessories -> {up.accessory_id}")
    tmp = "/tmp/osm_sandbox_sdk_upload.txt"
    with open(tmp, "wb") as f:
        f.write(b"multipart upload from the official SDK\n")
    with open(tmp, "rb") as f:
        mp = client.upload_accessory(UploadAccessoryRequest(body=UploadAccessoryRequestBody(
            file=FormFile(f), form_data="message")))
    check(mp.accessory_id, f"upload_accessory (multipart) -> {mp.accessory_id}")

    created = client.create_cases(CreateCasesRequest(body=CreateOrderIncidentV2Req(
        business_type_id=fault.business_type_id, region_id=regions[0].region_id,
        product_category_id="pc-ecs", severity_id=sev[0].severity_id,
        simple_description="ECS instance does not boot (from the Python SDK)",
        source_id="83aeb0f2834c4df49826c781d32a963e", accessory_ids=[up.accessory_id], area_code="86",
        remind_mail="ops@example.com")))
    case_id = created.incident_id
    check(case_id and case_id.startswith("CS"), f"create_cases -> {case_id}")

    detail = client.show_case_detail(ShowCaseDetailRequest(case_id=case_id)).incident_detail_info
    check(detail.status == 0 and detail.dc_name == regions[0].region_name, "show_case_detail: pending acceptance")

    client.create_messages(CreateMessagesRequest(case_id=case_id, body=CreateMessageV2Req(
        message=CreateMessageDoV2(content="Logs attached", accessory_ids=[mp.accessory_id]))))
    msgs = client.list_messages(ListMessagesRequest(case_id=case_id))
    check(msgs.count == 1 and msgs.message_list[0].accessory_list[0].accessory_id == mp.accessory_id,
          "create_messages + list_messages")
    control(base, f"/cases/{case_id}/reply", {"content": "We are on it"})
    unread = client.list_unread_new_instant_messages(ListUnreadNewInstantMessagesRequest(case_ids=[case_id]))
    check(unread.imunread[0].unread_num == 1, "engineer reply is unread")
    client.update_new_instant_messages_read(UpdateNewInstantMessagesReadRequest(
        case_id=case_id, body=UpdateUnreadNewInstantMsgV2Req()))
    unread = client.list_unread_new_instant_messages(ListUnreadNewInstantMessagesRequest(case_ids=[case_id]))
    check(unread.imunread[0].unread_num == 0, "update_new_instant_messages_read")
    check(client.show_case_status(ShowCaseStatusRequest(case_id=case_id)).status == 1, "status processing")
    extra = client.create_messages(CreateMessagesRequest(case_id=case_id, body=CreateMessageV2Req(
        message=CreateMessageDoV2(content="oops, wrong case"))))
    # QueryMessageInfoV2 has no message_id in the SDK; the case detail's messages do
    mine = client.show_case_detail(ShowCaseDetailRequest(case_id=case_id)).incident_detail_info.message_list[-1]
    client.revoke_message(RevokeMessageRequest(case_id=case_id, message_id=mine.message_id))
    check(extra is not None, "revoke_message")

    client.create_labels(CreateLabelsRequest(body=CreateLabelsReq(name="production", color="#ff0000")))
    label = client.list_labels(ListLabelsRequest(name="production")).label_list[0]
    client.update_labels(UpdateLabelsRequest(label_id=label.label_id,
                                             body=UpdateLabelsReq(name="production", color="#00ff00")))
    check(client.list_labels(ListLabelsRequest()).label_list[0].color == "#00ff00", "update_labels (PUT)")
    client.create_case_labels(CreateCaseLabelsRequest(case_id=case_id, label_ids=[str(label.label_id)]))
    case_labels = client.list_case_labels(ListCaseLabelsRequest(case_id=case_id)).case_label_list
    check([l.name for l in case_labels] == ["production"], "create_case_labels + list_case_labels")
    listed = client.list_cases(ListCasesRequest(label_id_list=[str(label.label_id)], status=1, limit=10))
    check(listed.total_count == 1 and listed.incident_info_list[0].incident_id == case_id, "list_cases filters")
    client.delete_case_labels(DeleteCaseLabelsRequest(case_id=case_id, label_ids=[str(label.label_id)]))
    client.delete_labels(DeleteLabelsRequest(label_id=label.label_id))

    dl = client.download_accessories(DownloadAccessoriesRequest(accessory_id=up.accessory_id))
    chunks = []
    dl.consume_download_stream(lambda stream: chunks.append(stream.content))
    data = b"".join(chunks)
    check(data == payload, f"download_accessories byte-exact ({len(data)} bytes)")

    client.update_cases(UpdateCasesRequest(case_id=case_id, action_id="close", body=WorkOrderOperateV2Req()))
    check(client.show_case_status(ShowCaseStatusRequest(case_id=case_id)).status == 3, "close -> completed")
    try:
        client.update_cases(UpdateCasesRequest(case_id=case_id, action_id="cancel", body=WorkOrderOperateV2Req()))
        check(False, "cancel after close must fail")
    except exceptions.ClientRequestException as e:
        check(e.status_code == 400 and e.error_code == "OSM.00040002", f"invalid transition -> 400: {e.error_msg}")
    client.create_scores(CreateScoresRequest(case_id=case_id, body=CreateScoreV2Req(
        judgement="fast and helpful",
        incident_satisfaction_list=[IncidentSatisfactionV2Do(satisfaction_id=3, satisfaction_value=5)])))
    logs = client.list_case_operate_logs(ListCaseOperateLogsRequest(case_id=case_id, limit=100))
    check(logs.total_count >= 10, f"list_case_operate_logs: {logs.total_count} entries")
    counts = client.list_case_counts(ListCaseCountsRequest()).incident_status_counts
    check(any(c.status == 3 and c.count >= 1 for c in counts), "list_case_counts")

    try:
        client.show_case_detail(ShowCaseDetailRequest(case_id="CS-does-not-exist"))
        check(False, "unknown case must fail")
    except exceptions.ClientRequestException as e:
        check(e.status_code == 404 and e.request_id, f"unknown case -> 404 ({e.error_code}, request id {e.request_id})")

    bad = OsmClient.new_builder().with_credentials(GlobalCredentials(ak, sk + "x", domain)) \
        .with_endpoints([base]).build()
    try:
        bad.list_cases(ListCasesRequest())
        check(False, "wrong SK must fail")
    except exceptions.ClientRequestException as e:
        check(e.status_code == 401 and e.error_code == "APIGW.0301", "wrong SK -> 401 APIGW.0301")
    # the SDK's other signing algorithms: SDK-HMAC-SM3, and V11-HMAC-SHA256 (derived key)
    sm3 = OsmClient.new_builder().with_credentials(GlobalCredentials(ak, sk, domain)) \
        .with_http_config(HttpConfig(signing_algorithm=SigningAlgorithm.HMAC_SM3)).with_endpoints([base]).build()
    check(sm3.list_cases(ListCasesRequest(limit=5)).total_count == 1, "SDK-HMAC-SM3 signed request accepted")
    v11_creds = GlobalCredentials(ak, sk, domain).with_derived_predicate(lambda request: True)
    v11_creds._process_derived_auth_params("osm", "cn-south-1")
    v11 = OsmClient.new_builder().with_credentials(v11_creds).with_endpoints([base]).build()
    check(v11.show_case_status(ShowCaseStatusRequest(case_id=case_id)).status == 3,
          "V11-HMAC-SHA256 (derived key) signed request accepted")
    print("ticket life passed")


if __name__ == "__main__":
    main()
