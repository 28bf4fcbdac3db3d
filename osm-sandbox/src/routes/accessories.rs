//! Attachments: multipart and JSON/base64 upload, download (byte-exact), image download,
//! access URLs, limits (enforced), delete.

use axum::extract::{FromRequest, Multipart};
use base64::Engine as _;
use osm_client::types as t;

use super::{Ctx, Reply, view};
use crate::catalog::{ACCESSORY_MAX_COUNT, ACCESSORY_MAX_MB, ACCESSORY_TYPES};
use crate::error::{ApiError, ApiResult};
use crate::state::Accessory;

const IMAGE_TYPES: &[&str] = &["png", "jpg", "jpeg", "gif", "bmp"];

fn extension(name: &str) -> String {
    name.rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default()
}

fn check_file(name: &str, size: usize) -> ApiResult<()> {
    if name.trim().is_empty() || name.contains(['/', '\\']) {
        return Err(ApiError::bad_request(format!(
            "file name {name:?} is empty or contains a path separator"
        )));
    }
    let ext = extension(name);
    if !ACCESSORY_TYPES.contains(&ext.as_str()) {
        return Err(ApiError::bad_request(format!(
            "file type {ext:?} of {name:?} is not accepted; allowed: {} (see show_accessory_limits)",
            ACCESSORY_TYPES.join(",")
        )));
    }
    if size > ACCESSORY_MAX_MB * 1024 * 1024 {
        return Err(ApiError::bad_request(format!(
            "file {name:?} is {size} bytes, larger than the {ACCESSORY_MAX_MB} MiB limit (see show_accessory_limits)"
        )));
    }
    if size == 0 {
        return Err(ApiError::bad_request(format!("file {name:?} is empty")));
    }
    Ok(())
}

async fn store(ctx: &Ctx<'_>, name: String, from: String, data: Vec<u8>) -> ApiResult<Reply> {
    check_file(&name, data.len())?;
    let id = ctx
        .write_account(move |tx, by| {
            if tx.accessory_count(&by.domain)? >= ACCESSORY_MAX_COUNT as u64 {
                return Err(ApiError::bad_request(format!(
                    "this account already has {ACCESSORY_MAX_COUNT} attachments (the limit); delete some first"
                )));
            }
            let seq = tx.seq()?;
            let accessory_id = format!("ACC{seq:010}");
            tx.put_accessory(
                &by.domain,
                &Accessory { accessory_id: accessory_id.clone(), name, from, data, created: by.now },
            )?;
            Ok(accessory_id)
        })
        .await?;
    view::reply(&t::UploadAccessoryResponse {
        accessory_id: Some(id),
    })
}

pub(super) async fn upload_multipart(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let ct = ctx
        .parts
        .headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !ct.starts_with("multipart/form-data") {
        return Err(ApiError::bad_request(format!(
            "Content-Type {ct:?}: upload_accessory takes multipart/form-data with parts `file` and `form_data`"
        )));
    }
    let mut req = http::Request::new(axum::body::Body::from(ctx.raw.clone()));
    *req.headers_mut() = ctx.parts.headers.clone();
    *req.extensions_mut() = ctx.parts.extensions.clone();
    let mut mp = Multipart::from_request(req, &())
        .await
        .map_err(|e| ApiError::bad_request(format!("body: not valid multipart: {e}")))?;
    let mut file: Option<(String, Vec<u8>)> = None;
    let mut form_data: Option<String> = None;
    loop {
        let field = mp
            .next_field()
            .await
            .map_err(|e| ApiError::bad_request(format!("body: not valid multipart: {e}")))?;
        let Some(field) = field else { break };
        let name = field.name().unwrap_or_default().to_owned();
        let filename = field.file_name().map(str::to_owned);
        let data = field.bytes().await.map_err(|e| {
            ApiError::bad_request(format!("body: part {name:?} could not be read: {e}"))
        })?;
        match name.as_str() {
            "file" => {
                file = Some((
                    filename.unwrap_or_else(|| "upload.bin".into()),
                    data.to_vec(),
                ))
            }
            "form_data" => form_data = Some(String::from_utf8_lossy(&data).into_owned()),
            _ => {}
        }
    }
    let (name, data) =
        file.ok_or_else(|| ApiError::bad_request("body.file: required part is missing"))?;
    let from = form_data
        .ok_or_else(|| ApiError::bad_request("body.form_data: required part is missing"))?;
    // text parts against the form's schema in the spec (the file's size is checked below)
    if let Some(crate::spec::Body::Multipart { schema }) = &ctx.op.body
        && let Some(part) =
            crate::validate::schema_of(ctx.app.spec, schema).pointer("/properties/form_data")
    {
        crate::validate::check(
            ctx.app.spec,
            part,
            &serde_json::json!(from),
            "body.form_data",
        )?;
    }
    store(ctx, name, from, data).await
}

pub(super) async fn upload_json(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let req: t::AccessoryJsonFormatReq = ctx.body_as()?;
    let encoded = Ctx::required(req.accessory_data, "body.accessory_data")?;
    let name = Ctx::required(req.accessory_name, "body.accessory_name")?;
    let from = Ctx::required(req.accessory_from, "body.accessory_from")?;
    let data = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .map_err(|e| {
            ApiError::bad_request(format!("body.accessory_data: not valid base64: {e}"))
        })?;
    store(ctx, name, from.to_string(), data).await
}

pub(super) fn limits() -> ApiResult<Reply> {
    view::reply(&t::ShowAccessoryLimitsResponse {
        accessory_limit: Some(t::AccessoryLimitVo {
            limit_count: Some(ACCESSORY_MAX_COUNT.to_string()),
            limit_size: Some(ACCESSORY_MAX_MB.to_string()),
            limit_file_type: Some(ACCESSORY_TYPES.join(",")),
        }),
    })
}

fn url(ctx: &Ctx<'_>, id: &str) -> String {
    format!("{}/v2/servicerequest/accessorys/{id}", ctx.app.base_url)
}

fn not_found(id: &str) -> ApiError {
    ApiError::not_found(format!("attachment {id} does not exist in this account"))
}

pub(super) fn access_urls(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let ids = ctx.params.list("accessory_ids");
    ctx.app.store.read(|r| {
        let mut list = Vec::new();
        for id in &ids {
            let a = r
                .accessory(ctx.domain(), id)?
                .ok_or_else(|| not_found(id))?;
            list.push(t::AccessoryUrl {
                accessory_id: Some(id.clone()),
                accessory_name: Some(a.name),
                accessory_url: Some(url(ctx, id)),
            });
        }
        view::reply(&t::ListAccessoryAccessUrlsResponse {
            accessory_urls: list,
        })
    })
}

pub(super) fn access_url(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("accessory_id")?;
    ctx.app.store.read(|r| {
        if !r.has_accessory(ctx.domain(), &id)? {
            return Err(not_found(&id));
        }
        view::reply(&t::ShowDownloadAccessoryUrlResponse {
            accessory_url: Some(url(ctx, &id)),
            ..Default::default()
        })
    })
}

fn content_type(ext: &str) -> &'static str {
    match ext {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "bmp" => "image/bmp",
        "txt" | "log" | "md" => "text/plain",
        "json" => "application/json",
        "pdf" => "application/pdf",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    }
}

pub(super) fn download(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("accessory_id")?;
    let image_only = ctx.op.id == "download_images";
    ctx.app.store.read(|r| {
        let a = r
            .accessory(ctx.domain(), &id)?
            .ok_or_else(|| not_found(&id))?;
        let ext = extension(&a.name);
        if image_only && !IMAGE_TYPES.contains(&ext.as_str()) {
            return Err(ApiError::bad_request(format!(
                "attachment {id} ({}) is not an image; use download_accessories",
                a.name
            )));
        }
        Ok(Reply::File {
            content_type: content_type(&ext),
            name: a.name,
            data: a.data,
        })
    })
}

pub(super) async fn delete(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("accessory_id")?;
    ctx.write_account(move |tx, by| {
        if tx.delete_accessory(&by.domain, &id)? {
            Ok(())
        } else {
            Err(not_found(&id))
        }
    })
    .await?;
    Ok(ctx.ack())
}
