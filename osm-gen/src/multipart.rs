//! osm-gen's own template for `multipart/form-data` operations, which progenitor 0.15 rejects.
//!
//! The operation is handed to progenitor without its body, so progenitor still generates the
//! builder with every path/query/header parameter, the typed response and the calls to the
//! `ClientHooks` (`pre` → `exec` → `post`). This module then adds the form to that builder:
//! one field and one setter per form part, the required-part checks, and the `Form` attached
//! to the request right before `.build()` (so the hooks see the final request).

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use syn::{Expr, Fields, ImplItem, Item, ItemImpl, ItemStruct, Pat, Stmt, Type, parse_quote};

use crate::adapt::{FormPart, MultipartOperation};
use crate::error::Error;

/// progenitor's builder struct name for an operationId (`upload_accessory` → `UploadAccessory`).
pub(crate) fn builder_name(operation_id: &str) -> String {
    operation_id
        .split('_')
        .filter(|s| !s.is_empty())
        .map(|s| {
            let mut chars = s.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Adds the multipart form of `op` to progenitor's builder in `file`.
pub(crate) fn add_form(file: &mut syn::File, op: &MultipartOperation) -> Result<(), Error> {
    let name = builder_name(&op.operation_id);
    let internal = |what: &str| {
        Error::Internal(format!(
            "progenitor's builder `{name}` for multipart operation `{}`: {what}",
            op.operation_id
        ))
    };
    let builder = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            Item::Mod(m) if m.ident == "builder" => m.content.as_mut(),
            _ => None,
        })
        .ok_or_else(|| internal("no `mod builder` in the output"))?;
    let items = &mut builder.1;

    let struct_pos = items
        .iter()
        .position(|i| matches!(i, Item::Struct(s) if s.ident == name))
        .ok_or_else(|| internal("struct not found"))?;
    let Item::Struct(old) = &items[struct_pos] else {
        return Err(internal("struct not found"));
    };
    let Fields::Named(named) = &old.fields else {
        return Err(internal("struct has no named fields"));
    };
    let existing: Vec<Ident> = named.named.iter().filter_map(|f| f.ident.clone()).collect();
    for part in &op.parts {
        if existing.iter().any(|i| *i == part.name) {
            return Err(Error::Invalid(vec![crate::error::Finding::new(
                crate::error::FindingKind::UnsupportedRequestBody,
                op.pointer.clone(),
                format!(
                    "operation `{}`: form part `{}` has the same name as a parameter",
                    op.operation_id, part.name
                ),
                "rename the form part or the parameter",
            )]));
        }
    }
    let new_struct = rebuild_struct(old, &op.parts);
    items[struct_pos] = Item::Struct(new_struct);

    let impl_pos = items
        .iter()
        .position(|i| matches!(i, Item::Impl(imp) if imp.trait_.is_none() && self_ty_is(&imp.self_ty, &name)))
        .ok_or_else(|| internal("impl not found"))?;
    let Item::Impl(imp) = &mut items[impl_pos] else {
        return Err(internal("impl not found"));
    };
    rewrite_impl(imp, &existing, op).map_err(|what| internal(&what))?;
    document_client_method(file, op).map_err(|what| internal(&what))
}

/// Adds the form parts to the doc comment (argument list and example) of the `Client` method.
fn document_client_method(file: &mut syn::File, op: &MultipartOperation) -> Result<(), String> {
    let method = file
        .items
        .iter_mut()
        .filter_map(|item| match item {
            Item::Impl(imp) if imp.trait_.is_none() && self_ty_is(&imp.self_ty, "Client") => {
                Some(imp)
            }
            _ => None,
        })
        .flat_map(|imp| imp.items.iter_mut())
        .find_map(|item| match item {
            ImplItem::Fn(f) if f.sig.ident == op.operation_id => Some(f),
            _ => None,
        })
        .ok_or("no `Client` method")?;
    let doc_attr = method
        .attrs
        .iter_mut()
        .find(|a| a.path().is_ident("doc"))
        .ok_or("the `Client` method has no doc comment")?;
    let syn::Meta::NameValue(nv) = &doc_attr.meta else {
        return Err("unexpected doc attribute".to_owned());
    };
    let Expr::Lit(syn::ExprLit {
        lit: syn::Lit::Str(text),
        ..
    }) = &nv.value
    else {
        return Err("unexpected doc attribute".to_owned());
    };
    let mut doc = text.value();
    let args: String = op
        .parts
        .iter()
        .map(|p| {
            let what = p.description.as_deref().unwrap_or("").trim();
            let kind = if p.binary { "file part" } else { "text part" };
            let required = if p.required { ", required" } else { "" };
            format!("- `{}` ({kind}{required}): {what}\n", p.name)
        })
        .collect();
    let calls: String = op
        .parts
        .iter()
        .map(|p| {
            if p.binary {
                format!("    .{0}(file_name, {0})\n", p.name)
            } else {
                format!("    .{0}({0})\n", p.name)
            }
        })
        .collect();
    match doc.find("```ignore") {
        Some(at) => doc.insert_str(at, &format!("\nForm parts (multipart/form-data):\n{args}")),
        None => doc.push_str(&format!("\n\nForm parts (multipart/form-data):\n{args}")),
    }
    if let Some(at) = doc.rfind("    .send()") {
        doc.insert_str(at, &calls);
    }
    *doc_attr = parse_quote!(#[doc = #doc]);
    Ok(())
}

fn self_ty_is(ty: &Type, name: &str) -> bool {
    matches!(ty, Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == name))
}

fn part_ident(part: &FormPart) -> Ident {
    Ident::new(&part.name, Span::call_site())
}

/// The builder struct with one more field per form part. Builders holding a streaming
/// `reqwest::Body` cannot be `Clone` (progenitor drops `Clone` for raw bodies the same way).
fn rebuild_struct(old: &ItemStruct, parts: &[FormPart]) -> ItemStruct {
    let binary = parts.iter().any(|p| p.binary);
    let attrs = old
        .attrs
        .iter()
        .filter(|a| !(binary && a.path().is_ident("derive")));
    let derive = binary.then(|| quote!(#[derive(Debug)]));
    let ident = &old.ident;
    let generics = &old.generics;
    let fields = match &old.fields {
        Fields::Named(n) => n.named.iter().collect::<Vec<_>>(),
        _ => Vec::new(),
    };
    let extra = parts.iter().map(|p| {
        let id = part_ident(p);
        if p.binary {
            quote!(#id: Option<(String, reqwest::Body)>)
        } else {
            quote!(#id: Option<String>)
        }
    });
    parse_quote! {
        #(#attrs)*
        #derive
        pub struct #ident #generics {
            #(#fields,)*
            #(#extra,)*
        }
    }
}

fn rewrite_impl(
    imp: &mut ItemImpl,
    fields: &[Ident],
    op: &MultipartOperation,
) -> Result<(), String> {
    let part_names: Vec<Ident> = op.parts.iter().map(part_ident).collect();
    let mut setters = Vec::new();
    for item in &mut imp.items {
        let ImplItem::Fn(f) = item else { continue };
        if f.sig.ident == "new" {
            let Some(Stmt::Expr(Expr::Struct(init), None)) = f.block.stmts.last_mut() else {
                return Err("`new` does not end in `Self { .. }`".to_owned());
            };
            for name in &part_names {
                init.fields.push(parse_quote!(#name: None));
            }
        } else if f.sig.ident == "send" {
            rewrite_send(&mut f.block.stmts, fields, op)?;
        }
    }
    for part in &op.parts {
        setters.push(setter(part));
    }
    let send_at = imp
        .items
        .iter()
        .position(|i| matches!(i, ImplItem::Fn(f) if f.sig.ident == "send"))
        .ok_or("no `send` method")?;
    for (offset, setter) in setters.into_iter().enumerate() {
        imp.items.insert(send_at + offset, setter);
    }
    Ok(())
}

fn setter(part: &FormPart) -> ImplItem {
    let id = part_ident(part);
    let mut doc = match &part.description {
        Some(d) => format!("Form part `{}`: {}", part.name, d.trim()),
        None => format!("Form part `{}`.", part.name),
    };
    doc.push_str(if part.required {
        "\n\nRequired: `send` fails with `Error::InvalidRequest` when it is not set."
    } else {
        "\n\nOptional."
    });
    if part.binary {
        doc.push_str(
            "\n\n`file_name` is sent in the part's `Content-Disposition`; `content` is anything \
             that converts into a `reqwest::Body` (`Vec<u8>`, `bytes::Bytes`, `String`, ...).",
        );
        parse_quote! {
            #[doc = #doc]
            pub fn #id<N, B>(mut self, file_name: N, content: B) -> Self
            where
                N: Into<String>,
                B: Into<reqwest::Body>,
            {
                self.#id = Some((file_name.into(), content.into()));
                self
            }
        }
    } else {
        parse_quote! {
            #[doc = #doc]
            pub fn #id<V>(mut self, value: V) -> Self
            where
                V: Into<String>,
            {
                self.#id = Some(value.into());
                self
            }
        }
    }
}

fn rewrite_send(
    stmts: &mut Vec<Stmt>,
    fields: &[Ident],
    op: &MultipartOperation,
) -> Result<(), String> {
    let part_names: Vec<Ident> = op.parts.iter().map(part_ident).collect();
    // 1. destructure the new fields too
    let destructure = stmts
        .iter()
        .position(|s| matches!(s, Stmt::Local(l) if matches!(l.pat, Pat::Struct(_))))
        .ok_or("`send` does not start by destructuring `Self`")?;
    stmts[destructure] = parse_quote! {
        let Self { #(#fields,)* #(#part_names,)* } = self;
    };
    // 2. find `let mut request = <chain>.build()?;`
    let request_at = stmts
        .iter()
        .position(|s| match s {
            Stmt::Local(l) => matches!(&l.pat, Pat::Ident(p) if p.ident == "request"),
            _ => false,
        })
        .ok_or("no `let mut request = ...` in `send`")?;
    let Stmt::Local(local) = &mut stmts[request_at] else {
        return Err("no request statement".to_owned());
    };
    let init = local.init.as_mut().ok_or("`request` has no initializer")?;
    let Expr::Try(try_expr) = init.expr.as_mut() else {
        return Err("`request` is not built with `.build()?`".to_owned());
    };
    let Expr::MethodCall(build) = try_expr.expr.as_mut() else {
        return Err("`request` is not built with `.build()?`".to_owned());
    };
    if build.method != "build" {
        return Err("`request` is not built with `.build()?`".to_owned());
    }
    let receiver = &build.receiver;
    let form = format_ident!("multipart_form");
    *build.receiver = parse_quote!(#receiver.multipart(#form));
    // 3. build the form just before the request
    let mut form_stmts: Vec<Stmt> =
        vec![parse_quote!(let mut #form = reqwest::multipart::Form::new();)];
    for part in &op.parts {
        form_stmts.extend(part_stmts(part, &form));
    }
    stmts.splice(request_at..request_at, form_stmts);
    Ok(())
}

fn part_stmts(part: &FormPart, form: &Ident) -> Vec<Stmt> {
    let id = part_ident(part);
    let wire = &part.name;
    let missing = format!("{} was not initialized", part.name);
    let add: TokenStream = if part.binary {
        quote! {
            let (file_name, content) = value;
            // a body with known bytes gets a Content-Length; a stream is sent chunked
            let form_part = match content.as_bytes() {
                Some(bytes) => reqwest::multipart::Part::bytes(bytes.to_vec()),
                None => reqwest::multipart::Part::stream(content),
            };
            #form = #form.part(#wire, form_part.file_name(file_name));
        }
    } else {
        quote! {
            #form = #form.text(#wire, value);
        }
    };
    if part.required {
        vec![parse_quote! {
            {
                let value = #id.ok_or_else(|| Error::InvalidRequest(#missing.to_string()))?;
                #add
            }
        }]
    } else {
        vec![parse_quote! {
            if let Some(value) = #id {
                #add
            }
        }]
    }
}
