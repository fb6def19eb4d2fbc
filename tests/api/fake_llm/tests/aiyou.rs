//! The AI.YOU endpoints: login and tokens, answer variants, chunks, assistants.

use std::time::Duration;

use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use super::{EMAIL, PASSWORD, chat_body, chat_url, login, post_login, send_chat, sse_chunks};
use crate::fake_llm::{Api, FakeLlm, Step};

/// AI.YOU's 401 body.
fn invalid_credentials() -> Value {
    json!({ "object": "error", "message": "Invalid credentials", "type": "AuthenticationError", "code": 401 })
}

/// A chat with `token` (if any): status and body.
async fn chat_with(fake: &FakeLlm, token: Option<&str>) -> (u16, Value) {
    let mut request = reqwest::Client::new()
        .post(chat_url(fake, Api::AiYou))
        .json(&chat_body(Api::AiYou, false));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap();
    (response.status().as_u16(), response.json().await.unwrap())
}

#[tokio::test]
async fn login_answers_a_token_that_expires_in_seven_days() {
    let fake = FakeLlm::start().await;

    let body: Value = post_login(&fake, EMAIL, PASSWORD)
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(body["token"], "tok-1");
    let expires_at: DateTime<Utc> = body["expires_at"].as_str().unwrap().parse().unwrap();
    let lifetime = expires_at - Utc::now();
    assert!((lifetime - chrono::Duration::days(7)).num_seconds().abs() < 60);
    let user = json!({ "id": "7", "email": EMAIL, "profileImage": null, "firstName": "Test" });
    assert_eq!(body["user"], user);
    assert_eq!((fake.logins(), fake.login_attempts()), (1, 1));
}

#[tokio::test]
async fn bad_credentials_get_401_and_only_the_configured_ones_log_in() {
    let fake = FakeLlm::start().await;

    let wrong = post_login(&fake, EMAIL, "wrong").await;
    fake.set_credentials("other@example.com", "s3cret");
    let old = post_login(&fake, EMAIL, PASSWORD).await;
    let new = post_login(&fake, "other@example.com", "s3cret").await;

    assert_eq!(wrong.status(), 401);
    assert_eq!(wrong.json::<Value>().await.unwrap(), invalid_credentials());
    assert_eq!(old.status(), 401);
    assert_eq!(new.status(), 200);
    assert_eq!((fake.logins(), fake.login_attempts()), (1, 3));
}

#[tokio::test]
async fn a_login_without_email_or_password_gets_400() {
    let fake = FakeLlm::start().await;

    let response = reqwest::Client::new()
        .post(format!("{}/api/login", fake.aiyou_base_url()))
        .json(&json!({ "email": EMAIL }))
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), 400);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["type"], "BadRequestError");
    assert_eq!(fake.login_attempts(), 1);
}

#[tokio::test]
async fn the_user_id_can_be_an_integer() {
    let fake = FakeLlm::start().await;
    fake.set_user_id_as_int(true);

    let body: Value = post_login(&fake, EMAIL, PASSWORD)
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(body["user"]["id"], json!(7));
}

#[tokio::test]
async fn a_chat_without_a_valid_token_gets_401_and_takes_no_step() {
    let fake = FakeLlm::start().await;
    fake.push(Step::answer("kept"));

    let missing = chat_with(&fake, None).await;
    let unknown = chat_with(&fake, Some("tok-999")).await;
    let token = login(&fake).await;
    let valid = chat_with(&fake, Some(&token)).await;

    assert_eq!(missing, (401, invalid_credentials()));
    assert_eq!(unknown, (401, invalid_credentials()));
    assert_eq!(valid.0, 200);
    assert_eq!(valid.1["choices"][0]["message"]["content"], "kept");
    assert_eq!(fake.requests(), 3);
}

#[tokio::test]
async fn a_token_stops_working_when_its_lifetime_is_over() {
    let fake = FakeLlm::start().await;
    fake.set_token_lifetime(chrono::Duration::milliseconds(300));
    let token = login(&fake).await;

    let before = chat_with(&fake, Some(&token)).await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    let after = chat_with(&fake, Some(&token)).await;

    assert_eq!(before.0, 200);
    assert_eq!(after, (401, invalid_credentials()));
}

#[tokio::test]
async fn expire_tokens_invalidates_issued_tokens_but_not_later_ones() {
    let fake = FakeLlm::start().await;
    let old = login(&fake).await;

    fake.expire_tokens();
    let refused = chat_with(&fake, Some(&old)).await;
    let new = login(&fake).await;
    let accepted = chat_with(&fake, Some(&new)).await;

    assert_eq!(refused, (401, invalid_credentials()));
    assert_eq!(new, "tok-2");
    assert_eq!(accepted.0, 200);
    assert_eq!(fake.logins(), 2);
}

#[tokio::test]
async fn answers_are_top_level_by_default_or_wrapped_with_parts_when_set() {
    let fake = FakeLlm::start().await;
    fake.set_default(Step::answer("Salut."));

    let plain: Value = send_chat(&fake, Api::AiYou, false)
        .await
        .json()
        .await
        .unwrap();
    fake.set_aiyou_wrapped(true);
    let wrapped: Value = send_chat(&fake, Api::AiYou, false)
        .await
        .json()
        .await
        .unwrap();
    fake.set_content_parts(true);
    let both: Value = send_chat(&fake, Api::AiYou, false)
        .await
        .json()
        .await
        .unwrap();
    fake.set_aiyou_wrapped(false);
    let parts: Value = send_chat(&fake, Api::AiYou, false)
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(plain["object"], "chat.completion");
    assert_eq!(plain["choices"][0]["message"]["content"], "Salut.");
    assert_eq!(plain["choices"][0]["message"]["refusal"], Value::Null);
    assert!(wrapped.get("choices").is_none());
    assert_eq!(
        wrapped["response"]["choices"][0]["message"]["content"],
        "Salut."
    );
    let text_parts = json!([{ "type": "text", "text": "Salut." }]);
    assert_eq!(
        both["response"]["choices"][0]["message"]["content"],
        text_parts
    );
    assert_eq!(parts["choices"][0]["message"]["content"], text_parts);
}

#[tokio::test]
async fn streamed_chunks_have_no_object_a_thread_id_and_a_top_level_finish_reason() {
    let fake = FakeLlm::start().await;
    fake.set_aiyou_wrapped(true);
    fake.set_content_parts(true);
    fake.push(Step::answer("Bonjour à vous"));

    let text = send_chat(&fake, Api::AiYou, true)
        .await
        .text()
        .await
        .unwrap();

    assert!(text.ends_with("data: [DONE]\n\n"));
    let chunks = sse_chunks(&text);
    assert_eq!(chunks.len(), 4, "role, two pieces, finish: {text}");
    for chunk in &chunks {
        assert!(chunk.get("object").is_none(), "{chunk}");
        assert_eq!(chunk["thread_id"], "thr-1");
        assert!(
            chunk["choices"][0].get("finish_reason").is_none(),
            "{chunk}"
        );
    }
    assert_eq!(chunks[1]["choices"][0]["delta"]["content"], "Bonjour ");
    assert_eq!(chunks[2]["choices"][0]["delta"]["content"], "à vous");
    assert!(chunks[2].get("finish_reason").is_none());
    assert_eq!(chunks[3]["finish_reason"], "stop");
}

#[tokio::test]
async fn assistants_are_listed_for_a_valid_token_only() {
    let fake = FakeLlm::start().await;
    let url = format!("{}/api/v1/user/assistants", fake.aiyou_base_url());
    let client = reqwest::Client::new();

    let refused = client.get(&url).send().await.unwrap();
    let token = login(&fake).await;
    let listed = client.get(&url).bearer_auth(token).send().await.unwrap();

    assert_eq!(refused.status(), 401);
    assert_eq!(
        refused.json::<Value>().await.unwrap(),
        invalid_credentials()
    );
    assert_eq!(listed.status(), 200);
    let list: Value = listed.json().await.unwrap();
    assert!(!list.as_array().unwrap().is_empty());
    assert_eq!(list[0]["id"], "602");
    assert_eq!(fake.requests(), 0, "not a chat request");
}
