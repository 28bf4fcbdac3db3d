//! One fluent builder per operation (`client.create_cases().business_type_id("..").send()`),
//! its `Client` method and, for list operations, its page stream.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::api::{Api, Body, Location, Operation, Response};
use crate::error::Error;
use crate::names;
use crate::typed::{Shape, Structs};

use super::doc;
use super::examples;
use super::inputs::{Input, field_input, param_input, raw_argument};

/// The code of one operation.
pub(crate) struct OperationCode {
    /// The `Client` method that starts the builder.
    pub(crate) client_method: TokenStream,
    /// The builder struct and its impl.
    pub(crate) builder: TokenStream,
    /// The builder's entry in `crate::runtime::operations!`: `Name: ResponseModel` (or
    /// `Name: download`) and, for list operations, `=> Item`.
    pub(crate) entry: TokenStream,
}

fn internal(op: &Operation, what: &str) -> Error {
    Error::Internal(format!("operation `{}`: {what}", op.id))
}

/// The builder inputs of `op`: parameters, then the body's fields (or form parts).
pub(crate) fn inputs(op: &Operation, api: &Api, structs: &Structs) -> Result<Vec<Input>, Error> {
    let mut inputs: Vec<Input> = op.params.iter().map(|p| param_input(p, api)).collect();
    if let Some(Body::Json { model }) = &op.body {
        let fields = structs
            .get(model)
            .ok_or_else(|| internal(op, &format!("typify generated no struct `{model}`")))?;
        let props = api.models.get(model);
        for field in fields {
            let prop = props.and_then(|m| m.properties.get(&field.rust));
            let wire = prop.map_or(field.rust.as_str(), |p| p.wire.as_str());
            inputs.push(field_input(
                field,
                wire,
                prop.is_some_and(|p| p.required),
                prop.and_then(|p| p.description.clone()),
            ));
        }
    }
    Ok(inputs)
}

pub(crate) fn operation(
    op: &Operation,
    api: &Api,
    structs: &Structs,
) -> Result<OperationCode, Error> {
    let name = format_ident!("{}", names::pascal(&op.id));
    let method = format_ident!("{}", op.id);
    let inputs = inputs(op, api, structs)?;
    let parts = match &op.body {
        Some(Body::Multipart { parts }) => parts.clone(),
        _ => Vec::new(),
    };

    let params: Vec<&Input> = inputs.iter().filter(|i| i.location.is_some()).collect();
    let fields = params.iter().map(|i| {
        let id = i.ident();
        let ty = i.storage();
        quote!(#id: #ty)
    });
    let body_model = match &op.body {
        Some(Body::Json { model }) => Some(format_ident!("{model}")),
        _ => None,
    };
    let body_field = body_model.as_ref().map(|m| quote!(body: types::#m,));
    let body_initial = body_model
        .as_ref()
        .map(|_| quote!(body: Default::default(),));
    let part_fields = parts.iter().map(|p| {
        let id = format_ident!("{}", p.rust);
        if p.binary {
            quote!(#id: Option<Attachment>)
        } else {
            quote!(#id: Option<String>)
        }
    });
    let initial = params.iter().map(|i| {
        let id = i.ident();
        quote!(#id: Default::default())
    });
    let part_initial = parts.iter().map(|p| {
        let id = format_ident!("{}", p.rust);
        quote!(#id: None)
    });
    let setters = inputs.iter().map(Input::setter);
    let part_setters = parts.iter().map(|p| {
        let id = format_ident!("{}", p.rust);
        let what = if p.binary { "file part" } else { "text part" };
        let required = if p.required { " (required)" } else { "" };
        let text = match &p.description {
            Some(d) => format!(
                "{} ({what} `{}`{required}).",
                d.trim_end_matches('.'),
                p.wire
            ),
            None => format!("The {what} `{}`{required}.", p.wire),
        };
        let docs = doc(&text);
        if p.binary {
            quote! {
                #docs
                pub fn #id(mut self, file: Attachment) -> Self {
                    self.#id = Some(file);
                    self
                }
            }
        } else {
            quote! {
                #docs
                pub fn #id(mut self, value: impl Into<String>) -> Self {
                    self.#id = Some(value.into());
                    self
                }
            }
        }
    });

    let body_setter = body_model.as_ref().map(|model| {
        let docs = doc(&format!(
            "Sets the whole body from a [`{model}`](crate::types::{model}), replacing every body \
             field set before."
        ));
        quote! {
            #docs
            pub fn body(mut self, body: types::#model) -> Self {
                self.body = body;
                self
            }
        }
    });
    let send = send(op, &inputs, &parts)?;
    let (stream, item) = match into_stream(op, structs)? {
        Some((stream, item)) => (stream, Some(quote!(=> #item))),
        None => (quote!(), None),
    };
    let output = match &op.response {
        Response::Json(model) => {
            let model = format_ident!("{model}");
            quote!(#model)
        }
        Response::Binary => quote!(download),
    };
    let info = info(op);

    let builder_doc = doc(&format!(
        "{}: the request of [`Client::{}`](crate::Client::{}). Set its inputs, then \
         [`send`](Self::send) it.",
        op.summary, op.id, op.id
    ));
    let cloneable = if parts.iter().any(|p| p.binary) {
        quote!(#[derive(Debug)])
    } else {
        quote!(#[derive(Clone, Debug)])
    };
    let builder = quote! {
        #builder_doc
        #cloneable
        #[must_use = "a request does nothing until it is sent with `.send()`"]
        pub struct #name {
            client: Client,
            options: RequestOptions,
            #(#fields,)*
            #body_field
            #(#part_fields,)*
        }
        impl #name {
            #info
            pub(crate) fn new(client: Client) -> Self {
                Self {
                    client,
                    options: RequestOptions::new(),
                    #(#initial,)*
                    #body_initial
                    #(#part_initial,)*
                }
            }
            #(#setters)*
            #(#part_setters)*
            #body_setter
            crate::runtime::request_options_methods!();
            #send
            #stream
        }
    };

    let client_doc = doc(&client_method_doc(op, api, structs, &inputs, &parts));
    let client_method = quote! {
        #client_doc
        pub fn #method(&self) -> crate::operations::#name {
            crate::operations::#name::new(self.clone())
        }
    };
    Ok(OperationCode {
        client_method,
        builder,
        entry: quote!(#name: #output #item),
    })
}

fn info(op: &Operation) -> TokenStream {
    let id = &op.id;
    let mut flags = Vec::new();
    for (on, flag) in [
        (op.idempotent, quote!(IDEMPOTENT)),
        (op.transfer, quote!(TRANSFER)),
        (op.pagination.is_some(), quote!(PAGINATED)),
    ] {
        if on {
            flags.push(quote!(#flag));
        }
    }
    let flags = if flags.is_empty() {
        quote!(0)
    } else {
        quote!(#(#flags)|*)
    };
    quote! {
        pub const INFO: OperationInfo = OperationInfo::new(#id, #flags);
    }
}

fn send(
    op: &Operation,
    inputs: &[Input],
    parts: &[crate::api::FormPart],
) -> Result<TokenStream, Error> {
    let params: Vec<&Input> = inputs.iter().filter(|i| i.location.is_some()).collect();
    let ids: Vec<_> = params.iter().map(|i| i.ident()).collect();
    let part_ids: Vec<_> = parts.iter().map(|p| format_ident!("{}", p.rust)).collect();
    let has_body = matches!(op.body, Some(Body::Json { .. }));
    let body_binding = has_body.then(|| quote!(body,));

    // every required input, checked at once so the error names all that are missing
    let mut missing: Vec<(String, TokenStream)> = inputs
        .iter()
        .filter(|i| i.required)
        .map(|i| (i.rust.clone(), i.unset()))
        .collect();
    missing.extend(parts.iter().filter(|p| p.required).map(|p| {
        let id = format_ident!("{}", p.rust);
        (p.rust.clone(), quote!(#id.is_none()))
    }));
    // required parameters and parts held in an `Option` are unwrapped after the check
    let mut unwrapped: Vec<proc_macro2::Ident> = params
        .iter()
        .filter(|i| i.required && !i.collection)
        .map(|i| i.ident())
        .collect();
    unwrapped.extend(
        parts
            .iter()
            .filter(|p| p.required)
            .map(|p| format_ident!("{}", p.rust)),
    );
    let check = required_check(&missing, &unwrapped);

    let ok_ty = output_type(op);
    let finish = match &op.response {
        Response::Json(_) => quote!(crate::runtime::json(raw, result).await),
        Response::Binary => quote!(crate::runtime::download(raw, result).await),
    };
    let docs = doc(match &op.response {
        Response::Json(_) => "Sends the request; the answer derefs to the response model.",
        Response::Binary => "Sends the request; the answer streams the file.",
    });

    if !parts.is_empty() {
        // osm-gen's own request: progenitor takes no multipart bodies
        let path = path_expression(&op.path, inputs);
        let extras = params.iter().filter_map(|i| {
            let id = i.ident();
            let wire = &i.wire;
            let add = match i.location {
                Some(Location::Query) => quote!(query.push((#wire, v.to_string()))),
                Some(Location::Header) => quote!(options = options.header(#wire, v.to_string())),
                _ => return None,
            };
            Some(match (i.collection, i.required) {
                (true, _) => quote!(for v in &#id { #add; }),
                (false, true) => quote!({ let v = &#id; #add; }),
                (false, false) => quote!(if let Some(v) = &#id { #add; }),
            })
        });
        let form = parts.iter().map(|p| {
            let id = format_ident!("{}", p.rust);
            let wire = &p.wire;
            let add = if p.binary {
                quote!(form.file(#wire, #id))
            } else {
                quote!(form.text(#wire, #id))
            };
            if p.required {
                quote!(let form = #add;)
            } else {
                quote!(let form = match #id { Some(#id) => #add, None => form };)
            }
        });
        let has = |l: Location| params.iter().any(|i| i.location == Some(l));
        let options_binding = if has(Location::Header) {
            quote!(mut options)
        } else {
            quote!(options)
        };
        let query_binding = if has(Location::Query) {
            quote!(mut query)
        } else {
            quote!(query)
        };
        return Ok(quote! {
            #docs
            pub async fn send(self) -> Result<#ok_ty> {
                let Self { client, #options_binding, #(#ids,)* #(#part_ids,)* } = self;
                #check
                let #query_binding: Vec<(&'static str, String)> = Vec::new();
                #(#extras)*
                let form = crate::runtime::Form::new();
                #(#form)*
                crate::runtime::multipart(&client, &Self::INFO, options, #path, query, form).await
            }
        });
    }

    // progenitor's argument order: path (in path order), query and headers (each sorted by
    // wire name), then the body
    let mut ordered = params.clone();
    ordered.sort_by(|a, b| {
        let rank = |i: &Input| match i.location {
            Some(Location::Path) => 0,
            Some(Location::Query) => 1,
            _ => 2,
        };
        rank(a).cmp(&rank(b)).then_with(|| match a.location {
            Some(Location::Path) => std::cmp::Ordering::Equal,
            _ => a.wire.cmp(&b.wire),
        })
    });
    let args = ordered.iter().map(|i| raw_argument(i));
    let body_arg = has_body.then(|| quote!(&body));
    let method = format_ident!("{}", op.id);
    if ids.is_empty() && !has_body {
        return Ok(quote! {
            #docs
            pub async fn send(self) -> Result<#ok_ty> {
                let raw = self.client.raw(&Self::INFO, self.options)?;
                let result = raw.#method().await;
                #finish
            }
        });
    }
    Ok(quote! {
        #docs
        pub async fn send(self) -> Result<#ok_ty> {
            let Self { client, options, #(#ids,)* #body_binding } = self;
            #check
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.#method(#(#args,)* #body_arg).await;
            #finish
        }
    })
}

/// What `send()` answers: `Response<types::Model>`, or `Download` for a file.
fn output_type(op: &Operation) -> TokenStream {
    match &op.response {
        Response::Json(model) => {
            let model = format_ident!("{model}");
            quote!(Response<types::#model>)
        }
        Response::Binary => quote!(Download),
    }
}

/// The required-input check: an error naming every unset required input, then the required
/// `Option`s unwrapped.
fn required_check(
    missing: &[(String, TokenStream)],
    unwrapped: &[proc_macro2::Ident],
) -> TokenStream {
    if missing.is_empty() {
        return quote!();
    }
    let names = missing.iter().map(|(n, _)| n);
    let tests = missing.iter().map(|(_, t)| t);
    let list = quote!(let missing = [#((#names, #tests)),*];);
    let error = quote!(return Err(Error::missing(&Self::INFO, &missing)));
    if unwrapped.is_empty() {
        quote! {
            #list
            if missing.iter().any(|m| m.1) { #error; }
        }
    } else {
        quote! {
            #list
            let (#(Some(#unwrapped),)* false) = (#(#unwrapped,)* missing.iter().any(|m| m.1)) else { #error };
        }
    }
}

/// `format!("/v2/cases/{}", progenitor_client::encode_path(&case_id))` for a path template.
fn path_expression(path: &str, inputs: &[Input]) -> TokenStream {
    let mut template = String::new();
    let mut args = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        template.push_str(&rest[..start]);
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        let var = &rest[start + 1..start + end];
        template.push_str("{}");
        let id = inputs
            .iter()
            .find(|i| i.wire == var)
            .map(Input::ident)
            .unwrap_or_else(|| format_ident!("{}", names::snake(var)));
        args.push(quote!(progenitor_client::encode_path(&#id)));
        rest = &rest[start + end + 1..];
    }
    template.push_str(rest);
    if args.is_empty() {
        quote!(::std::string::String::from(#template))
    } else {
        quote!(::std::format!(#template, #(#args),*))
    }
}

/// A list operation's `into_stream()` and its item type; `None` for other operations.
fn into_stream(
    op: &Operation,
    structs: &Structs,
) -> Result<Option<(TokenStream, TokenStream)>, Error> {
    let Some(page) = &op.pagination else {
        return Ok(None);
    };
    let Response::Json(model) = &op.response else {
        return Err(internal(
            op,
            "a paginated operation without a JSON response",
        ));
    };
    let item = structs
        .get(model)
        .and_then(|fields| fields.iter().find(|f| f.rust == page.items))
        .and_then(|f| match &f.shape {
            Shape::List(item) => Some(item.ty()),
            _ => None,
        })
        .ok_or_else(|| internal(op, &format!("`{model}.{}` is not a list", page.items)))?;
    let position = format_ident!("{}", page.position);
    let size = format_ident!("{}", page.size);
    let items = format_ident!("{}", page.items);
    let total = match &page.total {
        Some(total) => {
            let total = format_ident!("{total}");
            quote!(page.#total)
        }
        None => quote!(None::<i64>),
    };
    let (helper, start) = if page.offset {
        (quote!(offset_stream), "offset 0")
    } else {
        (quote!(page_stream), "page 1")
    };
    let docs = doc(&format!(
        "Every item of every page, fetched lazily one page at a time: from `{}` (default \
         {start}), `{}` items per page (default {}). The stream ends after the reported \
         total, a short page or an empty one; an error ends it; dropping it stops fetching.",
        page.position, page.size, "50"
    ));
    let stream = quote! {
        #docs
        pub fn into_stream(self) -> crate::ItemStream<#item> {
            let (start, size) = (self.#position, self.#size);
            crate::paginate::#helper(start, size, move |position, size| {
                let page = self.clone().#position(position).#size(size).send();
                async move {
                    let page = page.await?.into_inner();
                    Ok(crate::paginate::Page::new(page.#items, #total))
                }
            })
        }
    };
    Ok(Some((stream, item)))
}

fn client_method_doc(
    op: &Operation,
    api: &Api,
    structs: &Structs,
    inputs: &[Input],
    parts: &[crate::api::FormPart],
) -> String {
    let mut text = op.summary.clone();
    if let Some(d) = &op.description {
        text.push_str("\n\n");
        text.push_str(d);
    }
    text.push_str(&format!(
        "{}`{} {}`",
        if op.description.is_some() {
            " "
        } else {
            "\n\n"
        },
        op.method.to_uppercase(),
        op.path
    ));
    let mut notes = Vec::new();
    if op.pagination.is_some() {
        notes.push("paginated: `into_stream()` reads every page");
    }
    if op.transfer {
        notes.push("a transfer (longer timeouts)");
    }
    if !op.idempotent {
        notes.push("not retried once sent");
    }
    if !notes.is_empty() {
        text.push_str(" — ");
        text.push_str(&notes.join("; "));
    }
    text.push_str(".\n\n");
    text.push_str(&examples::operation_example(
        op, api, structs, inputs, parts,
    ));
    text
}
