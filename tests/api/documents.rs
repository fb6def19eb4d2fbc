//! The documents the server publishes: `GET /openapi.json` and
//! `GET /schemas/frames.json` are the files checked in under `docs/` (so the
//! repository's copies stay true: `UPDATE_SCHEMAS=1 cargo test --test api
//! documents` rewrites them), they are valid, and they say the truth about
//! which routes need the operator key.

use secrecy::SecretString;
use serde_json::Value;

use crate::helpers::{repo, spawn_app, spawn_app_with, test_settings};

/// Compares `served` with the checked-in file `path`, or rewrites the file when
/// UPDATE_SCHEMAS is set.
fn assert_checked_in(path: &str, served: &Value) {
    let file = repo(path);
    let text = format!("{}\n", serde_json::to_string_pretty(served).unwrap());
    if std::env::var_os("UPDATE_SCHEMAS").is_some() {
        std::fs::write(&file, text).expect("the document is writable");
        return;
    }
    let checked_in: Value = std::fs::read_to_string(&file)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(Value::Null);
    assert!(
        checked_in == *served,
        "{path} differs from what the server generates; regenerate it with \
         `UPDATE_SCHEMAS=1 cargo test --test api documents` and commit it"
    );
}

#[tokio::test]
async fn the_checked_in_openapi_document_is_the_one_the_server_serves() {
    let app = spawn_app().await;
    let (status, served) = app.get("/openapi.json").await;
    assert_eq!(status, 200);
    assert_eq!(served["openapi"], "3.1.0");
    assert_checked_in("docs/openapi.json", &served);
}

#[tokio::test]
async fn the_checked_in_frame_schemas_are_the_ones_the_server_serves() {
    let app = spawn_app().await;
    let (status, served) = app.get("/schemas/frames.json").await;
    assert_eq!(status, 200);
    assert_checked_in("docs/frames.schema.json", &served);
}

#[tokio::test]
async fn the_frame_schemas_are_valid_json_schema_and_carry_this_servers_text_limit() {
    let mut settings = test_settings();
    settings.ws.max_text_chars = 321;
    let app = spawn_app_with(settings, None).await;
    let (_, served) = app.get("/schemas/frames.json").await;
    assert!(jsonschema::meta::is_valid(&served), "{served:#}");
    let text = &served["$defs"]["InputMessage"]["properties"]["text"];
    assert_eq!(text["maxLength"], 321);
}

/// Every documented operation: its method, its path with `{id}` filled in, and
/// whether the document says it needs the operator key.
fn operations(document: &Value) -> Vec<(String, String, bool)> {
    let mut found = Vec::new();
    for (path, item) in document["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let operator = operation["security"]
                .as_array()
                .is_some_and(|list| list.iter().any(|s| s.get("operator").is_some()));
            let path = path.replace("{id}", "some-session-id");
            found.push((method.to_uppercase(), path, operator));
        }
    }
    found
}

#[tokio::test]
async fn exactly_the_routes_documented_as_operator_routes_refuse_a_request_without_the_key() {
    let mut settings = test_settings();
    settings.server.admin_api_key = Some(SecretString::from("documents-operator-key"));
    let app = spawn_app_with(settings, None).await;
    let (_, document) = app.get("/openapi.json").await;
    let operations = operations(&document);
    assert!(operations.len() >= 8, "{operations:?}");
    for (method, path, operator) in operations {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let response = app
            .http
            .request(method.clone(), app.url(&path))
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        assert_eq!(
            status == 401,
            operator,
            "{method} {path}: {status}, documented as operator route: {operator}"
        );
        assert!(
            status != 404 && status != 405,
            "{method} {path} is documented but not routed: {status}"
        );
    }
}
