//! [`FollowCase`]: a case's new messages and status changes as a stream.

use std::collections::VecDeque;
use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use futures::stream;

use super::{Delays, PollInterval};
use crate::error::Error;
use crate::paginate::ItemStream;
use crate::types::{CaseStatus, MessageType, QueryMessageInfoV2};
use crate::{Client, IntoItemStream, RequestOptions};

impl Client {
    /// Follows case `case_id`: a stream of its new messages and status changes, polled until
    /// the stream is dropped. See [`FollowCase`] for the options.
    ///
    /// ```no_run
    /// use futures::StreamExt;
    /// use osm_client::workflows::CaseEvent;
    ///
    /// # async fn f(client: osm_client::Client) -> osm_client::Result<()> {
    /// let mut events = client.follow_case("CS20261129000001").mark_read(true).into_stream();
    /// while let Some(event) = events.next().await {
    ///     match event? {
    ///         CaseEvent::Message { message, .. } => println!("{}", message.content().unwrap_or("")),
    ///         CaseEvent::Status { status, .. } => println!("now {status:?}"),
    ///         _ => {}
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    pub fn follow_case(&self, case_id: impl Into<String>) -> FollowCase {
        FollowCase {
            client: self.clone(),
            case_id: case_id.into(),
            cursor: CaseCursor::default(),
            mark_read: false,
            skip_history: false,
            until_closed: false,
            interval: PollInterval::default(),
            group_id: None,
            options: RequestOptions::new(),
        }
    }
}

/// Follows a case: [`into_stream`](Self::into_stream) yields a [`CaseEvent`] for every new
/// message and every status change, in order.
///
/// It polls `list_new_instant_messages` (messages and status in one call), immediately, then
/// again [`poll_interval`](Self::poll_interval)'s minimum after something happened and
/// exponentially less often (with jitter) while nothing does, up to its maximum (default 1 s
/// to 30 s). Each call has the client's retry policy. An error that is still retryable after
/// it (a timeout, 503, ...) is yielded and polling goes on if the stream is polled again; any
/// other error (authentication, no such case) is yielded and ends the stream. Nothing is
/// fetched while the stream is not polled; dropping it stops polling. With
/// [`until_closed`](Self::until_closed) the stream also ends by itself once the case is closed.
///
/// Every event carries a [`CaseCursor`]: keep the last one you handled and give it to
/// [`cursor`](Self::cursor) to resume later — nothing before it is delivered again, nothing
/// after it is missed.
#[derive(Clone, Debug)]
#[must_use = "a follower does nothing until its stream is polled"]
pub struct FollowCase {
    client: Client,
    case_id: String,
    cursor: CaseCursor,
    mark_read: bool,
    skip_history: bool,
    until_closed: bool,
    interval: PollInterval,
    group_id: Option<String>,
    options: RequestOptions,
}

impl FollowCase {
    /// Resumes after the event `cursor` came with (default: from the case's first message, and
    /// a first [`CaseEvent::Status`] with the current status).
    pub fn cursor(mut self, cursor: CaseCursor) -> Self {
        self.cursor = cursor;
        self
    }

    /// Marks the case read (`update_new_instant_messages_read`, which marks all its messages)
    /// when the event after a poll's messages is asked for, i.e. once they have all been
    /// taken from the stream (default: off, nothing is marked read). A failed attempt is
    /// yielded as an error and, when retryable, made again (after the poll delay) on the next
    /// call before polling on.
    ///
    /// The service has no per-message mark: a message that arrived after the last poll, not
    /// yet delivered by this stream, is marked read too (the stream still delivers it).
    pub fn mark_read(mut self, on: bool) -> Self {
        self.mark_read = on;
        self
    }

    /// Starts with what arrives from now on: the messages already on the case when the
    /// stream starts are skipped (ignored when resuming from a cursor).
    pub fn skip_history(mut self) -> Self {
        self.skip_history = true;
        self
    }

    /// Ends the stream once a poll finds the case closed (completed, cancelled or invalid, as
    /// [`Until::closed`](super::Until::closed)): after that poll's messages and its
    /// [`CaseEvent::Status`], and after marking them read if asked (default: off, the stream
    /// goes on until dropped). Resuming from a cursor of a closed case delivers what is new,
    /// then ends; the last event's [`CaseCursor::status`] says how it ended.
    pub fn until_closed(mut self) -> Self {
        self.until_closed = true;
        self
    }

    /// Polls `min` after activity, backing off to at most `max` while the case is quiet
    /// (default 1 s and 30 s; `min` is at least 1 ms, `max` at least `min`).
    pub fn poll_interval(mut self, min: Duration, max: Duration) -> Self {
        self.interval = PollInterval::new(min, max);
        self
    }

    /// The IAM group id, for a case of another user of the same group.
    pub fn group_id(mut self, group_id: impl Into<String>) -> Self {
        self.group_id = Some(group_id.into());
        self
    }

    /// Options (headers, timeouts, retry policy) for every call the follower makes.
    pub fn customize(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// The events, as a `'static` stream (see the type's documentation).
    pub fn into_stream(self) -> ItemStream<CaseEvent> {
        let fresh = self.cursor == CaseCursor::default();
        let state = Follower {
            delays: self.interval.start(),
            skip_batch: fresh && self.skip_history,
            follow: self,
            pending: VecDeque::new(),
            mark_read_due: false,
            mark_read_failed: false,
            polled: false,
            done: false,
        };
        Box::pin(stream::unfold(state, |mut state| async move {
            let item = state.next().await?;
            Some((item, state))
        }))
    }
}

impl IntoItemStream for FollowCase {
    type Item = CaseEvent;

    fn into_stream(self) -> ItemStream<CaseEvent> {
        FollowCase::into_stream(self)
    }
}

/// Something that happened on a followed case.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum CaseEvent {
    /// A new message: support's reply, or one of the customer's own.
    Message {
        /// The message as OSM lists it (`content()`, `create_time()`, `type_`, attachments).
        message: Box<QueryMessageInfoV2>,
        /// Resumes after this message.
        cursor: CaseCursor,
    },
    /// The case's status changed (or, first on a fresh follow, the status it has).
    Status {
        /// The status before; `None` on the first event of a fresh follow.
        previous: Option<CaseStatus>,
        /// The status now.
        status: CaseStatus,
        /// Resumes after this change.
        cursor: CaseCursor,
    },
}

impl CaseEvent {
    /// The cursor to resume after this event.
    pub fn cursor(&self) -> &CaseCursor {
        match self {
            CaseEvent::Message { cursor, .. } | CaseEvent::Status { cursor, .. } => cursor,
        }
    }

    /// The message, for a message event.
    pub fn message(&self) -> Option<&QueryMessageInfoV2> {
        match self {
            CaseEvent::Message { message, .. } => Some(message),
            CaseEvent::Status { .. } => None,
        }
    }

    /// True for a message from Huawei Cloud support.
    pub fn is_from_support(&self) -> bool {
        self.message()
            .is_some_and(|m| m.type_ == Some(MessageType::Engineer))
    }
}

/// Where a follower is: after which poll answer, how many of its messages were delivered, and
/// the last status delivered. Store it as text (`to_string()`, parse with `str::parse`) or with
/// serde (as the same text) and resume with [`FollowCase::cursor`].
///
/// ```
/// let cursor: osm_client::workflows::CaseCursor = "f1.2.1.1795942931000".parse()?;
/// assert_eq!(cursor.to_string(), "f1.2.1.1795942931000");
/// # Ok::<(), osm_client::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct CaseCursor {
    /// `last_message_time_id` of the poll the next messages come from.
    token: Option<String>,
    /// Messages of that poll's answer already delivered.
    skip: u32,
    /// The last status delivered.
    status: Option<CaseStatus>,
}

impl CaseCursor {
    /// The last status delivered, if any.
    pub fn status(&self) -> Option<CaseStatus> {
        self.status
    }
}

impl fmt::Display for CaseCursor {
    /// `f1.<skip>.<status>.<token>`; status and token empty when unknown.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "f1.{}.", self.skip)?;
        if let Some(s) = self.status {
            write!(f, "{}", s.value())?;
        }
        write!(f, ".{}", self.token.as_deref().unwrap_or(""))
    }
}

impl FromStr for CaseCursor {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let bad = |why: &str| {
            Error::InvalidRequest(format!(
                "{s:?} is not a follow cursor ({why}); use the text of a CaseEvent's cursor"
            ))
        };
        let mut parts = s.trim().splitn(4, '.');
        let (Some("f1"), Some(skip), Some(status), Some(token)) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad("expected f1.<skip>.<status>.<token>"));
        };
        let skip = skip
            .parse()
            .map_err(|_| bad("the skip count is not a number"))?;
        let status = match status {
            "" => None,
            s => Some(CaseStatus::from(
                s.parse::<i32>()
                    .map_err(|_| bad("the status is not a number"))?,
            )),
        };
        Ok(CaseCursor {
            token: (!token.is_empty()).then(|| token.to_owned()),
            skip,
            status,
        })
    }
}

impl serde::Serialize for CaseCursor {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for CaseCursor {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// The state of a follow stream.
struct Follower {
    follow: FollowCase,
    delays: Delays,
    /// Events of the last poll not yet taken.
    pending: VecDeque<CaseEvent>,
    /// The first poll's messages are not delivered (`skip_history`).
    skip_batch: bool,
    /// Mark read before the next poll.
    mark_read_due: bool,
    /// The last attempt to mark read failed (retryably): wait before the next one.
    mark_read_failed: bool,
    /// At least one poll was made (the first is not delayed).
    polled: bool,
    done: bool,
}

impl Follower {
    async fn next(&mut self) -> Option<Result<CaseEvent, Error>> {
        loop {
            if let Some(event) = self.pending.pop_front() {
                return Some(Ok(event));
            }
            // the messages taken are marked read even when the stream ends after them
            // (`until_closed`); an error that ended it left nothing due
            if self.mark_read_due {
                if self.mark_read_failed {
                    tokio::time::sleep(self.delays.next_delay()).await;
                }
                let f = &self.follow;
                let marked = f
                    .client
                    .update_new_instant_messages_read()
                    .case_id(&f.case_id)
                    .customize(f.options.clone())
                    .send()
                    .await;
                match marked {
                    Ok(_) => {
                        self.mark_read_due = false;
                        self.mark_read_failed = false;
                    }
                    Err(e) => {
                        let e = self.failed(e);
                        // retried on the next call unless the error ended the stream
                        self.mark_read_due = !self.done;
                        self.mark_read_failed = !self.done;
                        return Some(Err(e));
                    }
                }
            }
            if self.done {
                return None;
            }
            if self.polled {
                tokio::time::sleep(self.delays.next_delay()).await;
            }
            self.polled = true;
            match self.poll().await {
                Ok(true) => self.delays = self.follow.interval.start(),
                Ok(false) => {}
                Err(e) => return Some(Err(self.failed(e))),
            }
        }
    }

    /// A retryable error leaves the stream going; any other ends it.
    fn failed(&mut self, e: Error) -> Error {
        if !e.is_retryable() {
            self.done = true;
        }
        e
    }

    /// One poll; queues its events. `true` when something happened.
    async fn poll(&mut self) -> Result<bool, Error> {
        let f = &self.follow;
        let mut request = f
            .client
            .list_new_instant_messages()
            .case_ids([f.case_id.as_str()])
            .customize(f.options.clone());
        if let Some(token) = &f.cursor.token {
            request = request.last_message_time_id(token);
        }
        if let Some(group) = &f.group_id {
            request = request.group_id(group);
        }
        let answer = request.send().await?.into_inner();
        let messages = answer
            .immsg
            .into_iter()
            .find(|m| m.incident_id.as_deref() == Some(f.case_id.as_str()))
            .map(|m| m.message_list)
            .unwrap_or_default();
        let status = answer
            .imstatus
            .iter()
            .find(|s| s.incident_id.as_deref() == Some(f.case_id.as_str()))
            .and_then(|s| s.status)
            .map(CaseStatus::from);
        let next_token = answer
            .last_message_time_id
            .filter(|t| !t.trim().is_empty())
            .or_else(|| f.cursor.token.clone());

        let before = f.cursor.clone();
        let new: Vec<QueryMessageInfoV2> = if std::mem::take(&mut self.skip_batch) {
            Vec::new()
        } else {
            messages.into_iter().skip(before.skip as usize).collect()
        };
        let count = new.len();
        let mut events = Vec::with_capacity(count + 1);
        for (i, message) in new.into_iter().enumerate() {
            // the last message resumes after this answer; the others inside it
            let cursor = if i + 1 == count {
                CaseCursor {
                    token: next_token.clone(),
                    skip: 0,
                    status: before.status,
                }
            } else {
                CaseCursor {
                    token: before.token.clone(),
                    skip: before.skip.saturating_add(i as u32 + 1),
                    status: before.status,
                }
            };
            events.push(CaseEvent::Message {
                message: Box::new(message),
                cursor,
            });
        }
        let after = CaseCursor {
            token: next_token,
            skip: 0,
            status: status.or(before.status),
        };
        if let Some(status) = status
            && Some(status) != before.status
        {
            events.push(CaseEvent::Status {
                previous: before.status,
                status,
                cursor: after.clone(),
            });
        }
        if self.follow.until_closed && after.status.is_some_and(super::is_closed) {
            self.done = true;
        }
        self.follow.cursor = after;
        self.mark_read_due = self.follow.mark_read && count > 0;
        let active = !events.is_empty();
        self.pending.extend(events);
        Ok(active)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn cursors_round_trip_as_text() {
        let fresh = CaseCursor::default();
        assert_eq!(fresh.to_string(), "f1.0..");
        assert_eq!("f1.0..".parse::<CaseCursor>().unwrap(), fresh);
        let c = CaseCursor {
            token: Some("1795942931000".into()),
            skip: 3,
            status: Some(CaseStatus::PendingConfirmation),
        };
        assert_eq!(c.to_string(), "f1.3.2.1795942931000");
        assert_eq!(c.to_string().parse::<CaseCursor>().unwrap(), c);
        // a token with dots survives
        let dotted = CaseCursor {
            token: Some("a.b.c".into()),
            ..c.clone()
        };
        assert_eq!(dotted.to_string().parse::<CaseCursor>().unwrap(), dotted);
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(json, "\"f1.3.2.1795942931000\"");
        assert_eq!(serde_json::from_str::<CaseCursor>(&json).unwrap(), c);
        for bad in ["", "f2.0..", "f1.x..", "f1.0.y.", "f1.0"] {
            let e = bad.parse::<CaseCursor>().unwrap_err().to_string();
            assert!(e.contains("is not a follow cursor"), "{bad}: {e}");
        }
    }
}
