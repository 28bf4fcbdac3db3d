//! osm-gen's multipart operations (progenitor takes no multipart bodies): the request is built
//! here and goes through the same preparation, signing, retries and answer reading.

use serde::de::DeserializeOwned;

use super::answer::{api_error, decode};
use crate::Client;
use crate::error::{Error, TransportError};
use crate::files::Attachment;
use crate::operation::OperationInfo;
use crate::options::RequestOptions;
use crate::response::Response;

/// The parts of a multipart body, in order.
#[derive(Debug, Default)]
pub(crate) struct Form {
    parts: Vec<(&'static str, Part)>,
}

#[derive(Debug)]
enum Part {
    Text(String),
    File(Attachment),
}

impl Form {
    pub(crate) fn new() -> Self {
        Self::default()
    }

    pub(crate) fn text(mut self, name: &'static str, value: String) -> Self {
        self.parts.push((name, Part::Text(value)));
        self
    }

    pub(crate) fn file(mut self, name: &'static str, file: Attachment) -> Self {
        self.parts.push((name, Part::File(file)));
        self
    }

    fn into_reqwest(self) -> reqwest::multipart::Form {
        self.parts.into_iter().fold(
            reqwest::multipart::Form::new(),
            |form, (name, part)| match part {
                Part::Text(value) => form.text(name, value),
                Part::File(file) => form.part(name, file.into_part()),
            },
        )
    }
}

/// Sends a multipart `POST` of `form` to `path` (with `query`) and decodes the JSON answer.
pub(crate) async fn multipart<T: DeserializeOwned>(
    client: &Client,
    info: &'static OperationInfo,
    options: RequestOptions,
    path: String,
    query: Vec<(&'static str, String)>,
    form: Form,
) -> Result<Response<T>, Error> {
    if let Some(problem) = &options.invalid {
        return Err(Error::InvalidRequest(format!(
            "{}: {problem}; nothing was sent",
            info.id()
        )));
    }
    let url = format!("{}{path}", client.endpoint());
    let mut request = client
        .http()
        .post(url)
        .header(http::header::ACCEPT, "application/json")
        .query(&query)
        .multipart(form.into_reqwest())
        .build()
        .map_err(|e| Error::InvalidRequest(format!("{}: {e}; nothing was sent", info.id())))?;
    let signing = super::call::CallSigning::default();
    client
        .shared()
        .prepare(&mut request, &options, &signing)
        .await?;
    let response = super::send::execute(client, info, &options, &signing, request)
        .await
        .map_err(|e| {
            Error::Transport(TransportError::from_reqwest(
                "the request did not complete",
                e,
            ))
        })?;
    let status = response.status();
    if !status.is_success() {
        return Err(api_error(response, &signing).await);
    }
    let headers = response.headers().clone();
    decode(status, headers, response.bytes_stream()).await
}
