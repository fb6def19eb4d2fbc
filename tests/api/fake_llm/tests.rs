//! Self-tests of the fake LLM: every behaviour, checked with a real HTTP client.

mod aiyou;
mod control;
mod hostile;
mod openai;
mod replies;

use serde_json::{Value, json};

use super::{Api, FakeLlm};

/// Both APIs, streamed and not.
const CASES: [(Api, bool); 4] = [
    (Api::OpenAi, false),
    (Api::OpenAi, true),
    (Api::AiYou, false),
    (Api::AiYou, true),
];

/// The default AI.YOU login.
const EMAIL: &str = "agent@example.com";
/// The default AI.YOU password.
const PASSWORD: &str = "correct-horse";

/// A typical chat body for `api`.
fn chat_body(api: Api, stream: bool) -> Value {
    match api {
        Api::OpenAi => json!({
            "model": "gpt-test",
            "messages": [{ "role": "user", "content": "Hello" }],
            "stream": stream,
        }),
        Api::AiYou => json!({
            "messages": [{ "role": "user", "content": [{ "type": "text", "text": "Hello" }] }],
            "assistantId": "602",
            "model": "gpt-4o-mini",
            "stream": stream,
        }),
    }
}

/// `POST /api/login` with these credentials.
async fn post_login(fake: &FakeLlm, email: &str, password: &str) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!("{}/api/login", fake.aiyou_base_url()))
        .json(&json!({ "email": email, "password": password }))
        .send()
        .await
        .unwrap()
}

/// Logs in with the default credentials; the token.
async fn login(fake: &FakeLlm) -> String {
    let response = post_login(fake, EMAIL, PASSWORD).await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    body["token"].as_str().unwrap().to_owned()
}

/// The chat URL of `api`.
fn chat_url(fake: &FakeLlm, api: Api) -> String {
    match api {
        Api::OpenAi => format!("{}/chat/completions", fake.openai_base_url()),
        Api::AiYou => format!("{}/api/v1/chat/completions", fake.aiyou_base_url()),
    }
}

/// A chat request to `api` carrying `body` (after a login, for AI.YOU).
async fn chat_request(fake: &FakeLlm, api: Api, body: &Value) -> reqwest::RequestBuilder {
    let request = reqwest::Client::new().post(chat_url(fake, api)).json(body);
    match api {
        Api::OpenAi => request,
        Api::AiYou => request.bearer_auth(login(fake).await),
    }
}

/// Sends the typical chat request to `api`.
async fn send_chat(fake: &FakeLlm, api: Api, stream: bool) -> reqwest::Response {
    chat_request(fake, api, &chat_body(api, stream))
        .await
        .send()
        .await
        .unwrap()
}

/// The response's `Content-Type`.
fn content_type(response: &reqwest::Response) -> String {
    let value = response.headers().get(reqwest::header::CONTENT_TYPE);
    value.unwrap().to_str().unwrap().to_owned()
}

/// The `data:` payloads of an SSE body.
fn sse_data(text: &str) -> Vec<String> {
    text.split("\n\n")
        .filter_map(|event| event.strip_prefix("data: "))
        .map(str::to_owned)
        .collect()
}

/// The JSON chunks of an SSE body (all but `[DONE]`).
fn sse_chunks(text: &str) -> Vec<Value> {
    sse_data(text)
        .iter()
        .filter(|data| *data != "[DONE]")
        .map(|data| serde_json::from_str(data).unwrap())
        .collect()
}

/// The content the chunks of an SSE body carry.
fn streamed_content(text: &str) -> String {
    sse_chunks(text)
        .iter()
        .filter_map(|chunk| chunk["choices"][0]["delta"]["content"].as_str())
        .collect()
}

/// Reads a body chunk by chunk: what arrived, and whether it ended with an error.
async fn read_until_error(mut response: reqwest::Response) -> (String, bool) {
    let mut text = String::new();
    loop {
        match response.chunk().await {
            Ok(Some(bytes)) => text.push_str(&String::from_utf8_lossy(&bytes)),
            Ok(None) => return (text, false),
            Err(_) => return (text, true),
        }
    }
}
