//! The AI.YOU provider through the real WebSocket: log-in, token renewal, every
//! known answer shape, errors with HTTP 200, the stream-only backends.

use callshadow::config::ProviderChoice;
use secrecy::SecretString;
use serde_json::json;

use crate::fake_llm::{Api, DEFAULT_SUGGESTION, Reply, Step};
use crate::helpers::{client_says, default_suggestion, spawn_llm_app};

#[tokio::test]
async fn the_provider_logs_in_then_chats_with_content_parts_and_the_assistant() {
    let app = spawn_llm_app(ProviderChoice::AiYou, |_| {}).await;
    let fake = &app.llm;
    let (mut client, _) = app.connect_init("").await;
    let answer = client.say(&client_says("Hello")).await;
    assert_eq!(answer["data"], default_suggestion(), "{answer}");
    assert_eq!(answer["meta"]["source"], "llm");
    assert_eq!(
        client.say(&client_says("Again")).await["type"],
        "suggestion"
    );
    assert_eq!(fake.logins(), 1, "the token is reused while valid");
    let recorded = fake.recorded();
    assert_eq!(recorded[0].api, Api::AiYou);
    assert_eq!(recorded[0].authorization.as_deref(), Some("Bearer tok-1"));
    let body = &recorded[0].body;
    assert_eq!(body["assistantId"], "602");
    assert_eq!(body["messages"][0]["content"][0]["type"], "text");
    assert!(
        body["messages"][0]["content"][0]["text"]
            .as_str()
            .unwrap()
            .contains("Hello")
    );
}

#[tokio::test]
async fn a_token_that_lives_less_than_a_minute_is_reused_not_renewed_for_every_message() {
    let app = spawn_llm_app(ProviderChoice::AiYou, |_| {}).await;
    let fake = &app.llm;
    fake.set_token_lifetime(chrono::Duration::seconds(30));
    let (mut client, _) = app.connect_init("").await;
    for text in ["One", "Two", "Three"] {
        assert_eq!(client.say(&client_says(text)).await["type"], "suggestion");
    }
    assert_eq!(
        fake.logins(),
        1,
        "a 30-second token serves several messages"
    );
    let recorded = fake.recorded();
    assert_eq!(recorded[2].authorization.as_deref(), Some("Bearer tok-1"));
}

#[tokio::test]
async fn a_refused_token_is_renewed_once_and_the_call_goes_through() {
    let app = spawn_llm_app(ProviderChoice::AiYou, |_| {}).await;
    let fake = &app.llm;
    let (mut client, _) = app.connect_init("").await;
    client.say(&client_says("One")).await;
    fake.expire_tokens();
    let answer = client.say(&client_says("Two")).await;
    assert_eq!(answer["data"], default_suggestion(), "{answer}");
    assert_eq!(fake.logins(), 2);
    assert_eq!(
        fake.recorded().last().unwrap().authorization.as_deref(),
        Some("Bearer tok-2")
    );
}

#[tokio::test]
async fn bad_credentials_give_an_llm_error_with_a_fallback_and_no_retry() {
    let app = spawn_llm_app(ProviderChoice::AiYou, |settings| {
        settings.llm.aiyou.password = Some(SecretString::from("wrong"));
    })
    .await;
    let fake = &app.llm;
    let (mut client, _) = app.connect_init("").await;
    let answer = client.say(&client_says("Hello")).await;
    assert_eq!(answer["error_code"], "LLM_ERROR", "{answer}");
    assert_eq!(answer["details"]["cause"], "authentication");
    assert!(answer["fallback_suggestion"]["questions"].is_array());
    assert_eq!(fake.login_attempts(), 1);
    assert_eq!(fake.requests(), 0);
}

#[tokio::test]
async fn wrapped_answers_with_content_parts_and_integer_user_ids_are_read() {
    let app = spawn_llm_app(ProviderChoice::AiYou, |_| {}).await;
    let fake = &app.llm;
    fake.set_aiyou_wrapped(true);
    fake.set_content_parts(true);
    fake.set_user_id_as_int(true);
    let (mut client, _) = app.connect_init("").await;
    assert_eq!(
        client.say(&client_says("Hello")).await["data"],
        default_suggestion()
    );
}

#[tokio::test]
async fn an_error_body_with_http_200_is_classified_by_its_code() {
    let app = spawn_llm_app(ProviderChoice::AiYou, |_| {}).await;
    let fake = &app.llm;
    fake.push(Step::reply(Reply::ErrorBody200 {
        code: 429,
        message: "Too many".to_owned(),
        kind: "RateLimitError".to_owned(),
    }));
    fake.push(Step::reply(Reply::ErrorBody200 {
        code: 400,
        message: "Bad".to_owned(),
        kind: "BadRequestError".to_owned(),
    }));
    let (mut client, _) = app.connect_init("").await;
    let answer = client.say(&client_says("Hello")).await;
    assert_eq!(
        answer["error_code"], "LLM_ERROR",
        "a 400 in the body is not retried: {answer}"
    );
    assert_eq!(answer["details"]["cause"], "bad_request");
    assert_eq!(fake.requests(), 2, "the 429 in the body was retried once");
}

#[tokio::test]
async fn a_backend_that_only_streams_is_asked_again_streamed_and_remembered() {
    let app = spawn_llm_app(ProviderChoice::AiYou, |_| {}).await;
    let fake = &app.llm;
    fake.push(Step::reply(Reply::NonStreamUnsupported));
    let (mut client, _) = app.connect_init("").await;
    assert_eq!(
        client.say(&client_says("Hello")).await["data"],
        default_suggestion()
    );
    assert_eq!(
        client.say(&client_says("Again")).await["data"],
        default_suggestion()
    );
    let streamed: Vec<bool> = fake.recorded().iter().map(|r| r.stream).collect();
    assert_eq!(streamed, vec![false, true, true]);
}

#[tokio::test]
async fn streamed_aiyou_answers_give_the_same_suggestion() {
    let app = spawn_llm_app(ProviderChoice::AiYou, |settings| {
        settings.llm.stream = true;
    })
    .await;
    let fake = &app.llm;
    let (mut client, _) = app.connect_init("").await;
    assert_eq!(
        client.say(&client_says("Hello")).await["data"],
        default_suggestion()
    );
    assert!(fake.recorded()[0].stream);
    let _ = json!(DEFAULT_SUGGESTION);
}

#[tokio::test]
async fn a_static_bearer_token_needs_no_login() {
    let app = spawn_llm_app(ProviderChoice::AiYou, |settings| {
        settings.llm.aiyou.bearer_token = Some(SecretString::from("static-token"));
    })
    .await;
    let fake = &app.llm;
    let (mut client, _) = app.connect_init("").await;
    let answer = client.say(&client_says("Hello")).await;
    assert_eq!(
        answer["error_code"], "LLM_ERROR",
        "the fake only knows tokens it issued: {answer}"
    );
    assert_eq!(fake.login_attempts(), 0);
    assert_eq!(
        fake.recorded()[0].authorization.as_deref(),
        Some("Bearer static-token")
    );
}
