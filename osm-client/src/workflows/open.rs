//! [`OpenCase`]: upload attachments, then create the case referencing them, as one call.

use crate::error::{Error, TransportKind};
use crate::files::Limits;
use crate::operations::CreateCases;
use crate::types::CreateCasesResponse;
use crate::{Attachment, Client, Operation, Response};

impl Client {
    /// Opens a case with attachments in one call: `create` is the `create_cases` request
    /// (every input but the attachments), [`OpenCase::attachment`] adds files.
    ///
    /// ```no_run
    /// use osm_client::Attachment;
    ///
    /// # async fn f(client: osm_client::Client) -> osm_client::Result<()> {
    /// let opened = client
    ///     .open_case(
    ///         client
    ///             .create_cases()
    ///             .business_type_id("bt-consult")
    ///             .simple_description("The console shows an error")
    ///             .source_id("83"),
    ///     )
    ///     .attachment(Attachment::from_path("screenshot.png").await?)
    ///     .attachment(Attachment::from_bytes("notes.txt", "steps to reproduce ..."))
    ///     .send()
    ///     .await?;
    /// println!("opened {} with {:?}", opened.case_id, opened.accessory_ids);
    /// # Ok(()) }
    /// ```
    pub fn open_case(&self, create: CreateCases) -> OpenCase {
        OpenCase {
            client: self.clone(),
            create,
            attachments: Vec::new(),
            existing: Vec::new(),
        }
    }
}

/// Opens a case with attachments: [`send`](Self::send) checks every file against
/// `show_accessory_limits` (nothing is uploaded when one breaks them), uploads each, then
/// sends `create_cases` with their ids as `accessory_ids` (replacing any set on the
/// request; add already uploaded ones with [`attachment_id`](Self::attachment_id)).
///
/// When an upload or the creation fails, the attachments it uploaded are deleted and the
/// error is returned. When they cannot be deleted — or must not be, because the creation's
/// answer was lost and the case may exist — the error is
/// [`Error::AttachmentsLeft`], naming the ids that remain in the account.
///
/// Cleaning up is part of the `send` future: dropping it partway (a `tokio::time::timeout`
/// around it, an aborted task) stops at once, and the attachments uploaded so far remain in
/// the account without being named anywhere. To bound how long it may take, prefer the
/// client's timeouts ([`ClientBuilder::operation_timeout`](crate::ClientBuilder::operation_timeout),
/// applied to each of its requests): a request that times out fails, and the clean-up runs.
/// An upload whose answer is lost (the connection drops after the service stored the file)
/// may leave a file under an id the client never learned: it is not deleted or named.
#[derive(Debug)]
#[must_use = "nothing is uploaded or created until it is sent with `.send()`"]
pub struct OpenCase {
    client: Client,
    create: CreateCases,
    attachments: Vec<Attachment>,
    existing: Vec<String>,
}

/// What [`OpenCase::send`] created.
#[derive(Debug)]
#[non_exhaustive]
pub struct OpenedCase {
    /// The new case's id.
    pub case_id: String,
    /// The case's attachments: those given by id, then the uploaded ones in the order added.
    pub accessory_ids: Vec<String>,
    /// The `create_cases` answer.
    pub response: Response<CreateCasesResponse>,
}

impl OpenCase {
    /// Uploads this file and attaches it to the case.
    pub fn attachment(mut self, attachment: Attachment) -> Self {
        self.attachments.push(attachment.for_case());
        self
    }

    /// Uploads these files and attaches them to the case.
    pub fn attachments(mut self, attachments: impl IntoIterator<Item = Attachment>) -> Self {
        self.attachments
            .extend(attachments.into_iter().map(Attachment::for_case));
        self
    }

    /// Attaches an attachment uploaded before (never deleted by this call).
    pub fn attachment_id(mut self, accessory_id: impl Into<String>) -> Self {
        self.existing.push(accessory_id.into());
        self
    }

    /// Uploads, then creates; see the type's documentation.
    pub async fn send(self) -> Result<OpenedCase, Error> {
        let OpenCase {
            client,
            create,
            attachments,
            existing,
        } = self;
        if !attachments.is_empty() {
            let limits = client.accessory_limits().await?;
            for a in &attachments {
                limits.check(a.file_name(), a.len())?;
            }
        }
        let mut uploaded = Vec::with_capacity(attachments.len());
        for attachment in attachments {
            match client.upload_unchecked(attachment).await {
                Ok(id) => uploaded.push(id),
                Err(e) => return Err(clean_up(&client, e, uploaded).await),
            }
        }
        let mut accessory_ids = existing;
        accessory_ids.extend(uploaded.iter().cloned());
        let created = create.accessory_ids(accessory_ids.clone()).send().await;
        match created {
            Ok(response) => match response.incident_id() {
                Some(id) => Ok(OpenedCase {
                    case_id: id.to_owned(),
                    accessory_ids,
                    response,
                }),
                None => {
                    // created, but which case is unknown: the attachments belong to it
                    let error = Error::Decode {
                        status: Some(response.http_status()),
                        request_id: response.request_id().map(str::to_owned),
                        message: "the create_cases answer carries no incident_id".into(),
                    };
                    Err(left(error, uploaded, None))
                }
            },
            Err(e) if outcome_unknown(&e) => Err(left(e, uploaded, None)),
            Err(e) => Err(clean_up(&client, e, uploaded).await),
        }
    }
}

impl Operation for OpenCase {
    type Output = OpenedCase;

    fn send(self) -> impl Future<Output = Result<OpenedCase, Error>> + Send + 'static {
        OpenCase::send(self)
    }
}

/// True when the case may have been created although the call failed: the request may have
/// reached the service and its answer was lost, or a 2xx answer could not be read.
fn outcome_unknown(e: &Error) -> bool {
    match e {
        Error::Transport(t) => t.kind() != TransportKind::Connect,
        Error::Decode { .. } => true,
        _ => false,
    }
}

/// Deletes what was uploaded after `error`; returns `error` when every delete worked.
async fn clean_up(client: &Client, error: Error, uploaded: Vec<String>) -> Error {
    let mut remaining = Vec::new();
    let mut cleanup_error = None;
    for id in uploaded {
        if let Err(e) = client.delete_accessories().accessory_id(&id).send().await {
            tracing::warn!(accessory_id = %id, error = %e, "could not delete an uploaded attachment");
            remaining.push(id);
            cleanup_error.get_or_insert(e);
        }
    }
    if remaining.is_empty() {
        error
    } else {
        left(error, remaining, cleanup_error)
    }
}

fn left(error: Error, accessory_ids: Vec<String>, cleanup: Option<Error>) -> Error {
    if accessory_ids.is_empty() {
        return error;
    }
    Error::AttachmentsLeft {
        error: Box::new(error),
        accessory_ids,
        cleanup: cleanup.map(Box::new),
    }
}

impl Client {
    /// The attachment limits `show_accessory_limits` publishes.
    pub(crate) async fn accessory_limits(&self) -> Result<Limits, Error> {
        let limits = self.show_accessory_limits().send().await?;
        let limit = limits.accessory_limit().cloned().unwrap_or_default();
        Ok(Limits::parse(limit.limit_size(), limit.limit_file_type()))
    }
}
