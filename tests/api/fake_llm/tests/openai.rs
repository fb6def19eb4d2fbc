//! The OpenAI endpoint: answer and chunk formats, API key, bad bodies.

use serde_json::{Value, json};

use super::{chat_url, send_chat, sse_chunks, sse_data};
use crate::fake_llm::{Api, FakeLlm, Step};

#[tokio::test]
async fn a_non_streamed_answer_has_the_chat_completion_shape() {
    let fake = FakeLlm::start().await;
    fake.push(Step::answer("Hi."));

    let body: Value = send_chat(&fake, Api::OpenAi, false)
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(body["id"], "chatcmpl-1");
    assert_eq!(body["object"], "chat.completion");
    assert_eq!(body["model"], "gpt-test");
    let created = body["created"].as_i64().unwrap();
    assert!((chrono::Utc::now().timestamp() - created).abs() < 60);
    let choice = &body["choices"][0];
    assert_eq!(choice["index"], 0);
    assert_eq!(choice["message"]["role"], "assistant");
    assert_eq!(choice["message"]["content"], "Hi.");
    assert_eq!(choice["finish_reason"], "stop");
    let usage = &body["usage"];
    let sum =
        usage["prompt_tokens"].as_u64().unwrap() + usage["completion_tokens"].as_u64().unwrap();
    assert_eq!(usage["total_tokens"].as_u64().unwrap(), sum);
}

#[tokio::test]
async fn the_model_is_fake_when_the_request_names_none() {
    let fake = FakeLlm::start().await;

    let response = reqwest::Client::new()
        .post(chat_url(&fake, Api::OpenAi))
        .json(&json!({ "messages": [{ "role": "user", "content": "Hi" }] }))
        .send()
        .await
        .unwrap();

    let body: Value = response.json().await.unwrap();
    assert_eq!(body["model"], "fake");
}

#[tokio::test]
async fn streamed_chunks_are_chat_completion_chunks_ending_with_stop_then_done() {
    let fake = FakeLlm::start().await;
    fake.push(Step::answer("Twenty characters!!!"));

    let response = send_chat(&fake, Api::OpenAi, true).await;

    assert_eq!(response.headers()["cache-control"], "no-cache");
    let text = response.text().await.unwrap();
    assert_eq!(sse_data(&text).last().unwrap(), "[DONE]");
    let chunks = sse_chunks(&text);
    assert_eq!(chunks.len(), 1 + 3 + 1, "role, three pieces, stop: {text}");
    assert!(
        chunks
            .iter()
            .all(|chunk| chunk["object"] == "chat.completion.chunk")
    );
    assert!(chunks.iter().all(|chunk| chunk["id"] == "chatcmpl-1"));
    assert!(chunks.iter().all(|chunk| chunk["model"] == "gpt-test"));
    assert_eq!(
        chunks[0]["choices"][0]["delta"],
        json!({ "role": "assistant" })
    );
    assert_eq!(
        chunks[1]["choices"][0]["delta"],
        json!({ "content": "Twenty c" })
    );
    assert_eq!(chunks[1]["choices"][0]["finish_reason"], Value::Null);
    assert_eq!(chunks[4]["choices"][0]["delta"], json!({}));
    assert_eq!(chunks[4]["choices"][0]["finish_reason"], "stop");
}

#[tokio::test]
async fn a_required_api_key_refuses_other_requests_without_taking_a_step() {
    let fake = FakeLlm::start().await;
    fake.require_api_key("sk-test");
    fake.push(Step::answer("first"));
    let client = reqwest::Client::new();
    let body = json!({ "messages": [], "stream": false });

    let missing = client
        .post(chat_url(&fake, Api::OpenAi))
        .json(&body)
        .send()
        .await
        .unwrap();
    let wrong = client
        .post(chat_url(&fake, Api::OpenAi))
        .bearer_auth("wrong")
        .json(&body);
    let wrong = wrong.send().await.unwrap();
    let right = client
        .post(chat_url(&fake, Api::OpenAi))
        .bearer_auth("sk-test")
        .json(&body);
    let right = right.send().await.unwrap();

    assert_eq!(missing.status(), 401);
    let error: Value = missing.json().await.unwrap();
    assert_eq!(error["error"]["code"], "invalid_api_key");
    assert_eq!(error["error"]["type"], "invalid_request_error");
    assert_eq!(wrong.status(), 401);
    assert_eq!(right.status(), 200);
    let answer: Value = right.json().await.unwrap();
    assert_eq!(answer["choices"][0]["message"]["content"], "first");
    let headers: Vec<Option<String>> = fake
        .recorded()
        .into_iter()
        .map(|r| r.authorization)
        .collect();
    let expected = [
        None,
        Some("Bearer wrong".to_owned()),
        Some("Bearer sk-test".to_owned()),
    ];
    assert_eq!(headers, expected);
    assert_eq!((fake.requests(), fake.completed()), (3, 3));
}

#[tokio::test]
async fn a_body_that_is_not_json_gets_400_and_is_recorded_as_text() {
    let fake = FakeLlm::start().await;
    fake.push(Step::answer("kept for later"));

    let response = reqwest::Client::new()
        .post(chat_url(&fake, Api::OpenAi))
        .body("not json")
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), 400);
    let error: Value = response.json().await.unwrap();
    assert_eq!(error["error"]["type"], "invalid_request_error");
    assert_eq!(fake.recorded()[0].body, json!("not json"));
    the_next_request_gets(&fake, "kept for later").await;
}

/// As a real API, the fake refuses JSON sent without its `Content-Type`: every
/// black-box test then also checks that callshadow labels its requests.
#[tokio::test]
async fn a_json_body_not_labelled_as_json_gets_400() {
    let fake = FakeLlm::start().await;
    fake.push(Step::answer("kept for later"));

    let body = json!({ "model": "m", "messages": [{ "role": "user", "content": "hi" }] });
    let response = reqwest::Client::new()
        .post(chat_url(&fake, Api::OpenAi))
        .body(body.to_string())
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), 400);
    assert_eq!(fake.recorded()[0].body, json!(body.to_string()));
    the_next_request_gets(&fake, "kept for later").await;
}

/// A refused request took no step: the next one gets the queued `answer`.
async fn the_next_request_gets(fake: &FakeLlm, answer: &str) {
    let next: Value = send_chat(fake, Api::OpenAi, false)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(next["choices"][0]["message"]["content"], answer);
}
