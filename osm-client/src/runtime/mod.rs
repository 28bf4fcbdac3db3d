//! The handwritten runtime under the generated code: per-call state and progenitor's hooks
//! (sign in `pre`, send with retries in `exec`), reading answers once where they arrive,
//! osm-gen's multipart requests, and the small helpers the generated builders call.

mod answer;
mod call;
mod multipart;
mod recording;
mod send;
mod sign;

pub(crate) use answer::{download, json};
pub(crate) use call::{CallState, Shared};
pub(crate) use multipart::{Form, multipart};
pub(crate) use sign::RequestSigner;

pub(crate) use crate::operation::{IDEMPOTENT, PAGINATED, TRANSFER};

/// A setter's list argument, converted item by item.
pub(crate) fn collect<T, U: Into<T>>(items: impl IntoIterator<Item = U>) -> Vec<T> {
    items.into_iter().map(Into::into).collect()
}

/// A setter's map argument, converted entry by entry.
pub(crate) fn collect_map<M, V, K: Into<String>, W: Into<V>>(
    entries: impl IntoIterator<Item = (K, W)>,
) -> M
where
    M: FromIterator<(String, V)>,
{
    entries
        .into_iter()
        .map(|(k, v)| (k.into(), v.into()))
        .collect()
}

/// `header` and `customize`, the per-call options every operation builder has.
macro_rules! request_options_methods {
    () => {
        /// Adds a header to this call only, replacing a client default of that name (e.g.
        /// `X-Language`); an invalid name or value fails [`send`](Self::send).
        pub fn header(mut self, name: impl AsRef<str>, value: impl AsRef<str>) -> Self {
            self.options = self.options.header(name, value);
            self
        }

        /// Replaces this call's options: headers, timeouts, retries
        /// ([`RequestOptions`](crate::RequestOptions)).
        pub fn customize(mut self, options: crate::RequestOptions) -> Self {
            self.options = options;
            self
        }
    };
}
pub(crate) use request_options_methods;

/// `operations::ALL` and the [`Operation`](crate::Operation) and
/// [`IntoItemStream`](crate::IntoItemStream) impls of every builder, from osm-gen's list of
/// `Builder: ResponseModel` entries (`Builder: download` for files; `=> Item` for list
/// operations). The impls forward to the builders' own `send()` and `into_stream()`.
macro_rules! operations {
    ($($op:ident: $out:ident $(=> $item:ty)?),* $(,)?) => {
        /// Every operation of the spec, in spec order.
        pub static ALL: &[&OperationInfo] = &[$(&$op::INFO),*];
        $(
            impl crate::Operation for $op {
                type Output = crate::runtime::output!($out);
                fn send(self) -> impl ::std::future::Future<Output = Result<Self::Output>> + Send + 'static {
                    $op::send(self)
                }
            }
            $(
                impl crate::IntoItemStream for $op {
                    type Item = $item;
                    fn into_stream(self) -> crate::ItemStream<$item> {
                        $op::into_stream(self)
                    }
                }
            )?
        )*
    };
}
pub(crate) use operations;

/// The output type of an `operations!` entry.
macro_rules! output {
    (download) => { crate::Download };
    ($model:ident) => { crate::Response<crate::types::$model> };
}
pub(crate) use output;
