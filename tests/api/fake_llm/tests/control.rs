//! Scripting and bookkeeping: queue order, default, records, timing, dropped requests.

use std::time::{Duration, Instant};

use callshadow::domain::Suggestion;
use serde_json::{Value, json};

use super::{chat_body, chat_request, send_chat, streamed_content};
use crate::fake_llm::{Api, DEFAULT_SUGGESTION, FakeLlm, Step};
use crate::helpers::eventually;

/// The content of a non-streamed OpenAI-style answer.
async fn content_of(response: reqwest::Response) -> String {
    let body: Value = response.json().await.unwrap();
    body["choices"][0]["message"]["content"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn the_initial_default_answer_is_a_valid_suggestion() {
    let fake = FakeLlm::start().await;

    let content = content_of(send_chat(&fake, Api::OpenAi, false).await).await;

    assert_eq!(content, DEFAULT_SUGGESTION);
    let suggestion: Suggestion = serde_json::from_str(&content).unwrap();
    assert!(suggestion.questions.len() >= 2);
}

#[tokio::test]
async fn steps_are_taken_in_order_across_both_apis_then_the_default() {
    let fake = FakeLlm::start().await;
    fake.push(Step::answer("one"));
    fake.push_n(2, Step::answer("two"));
    fake.set_default(Step::answer("fallback"));

    let mut contents = Vec::new();
    for api in [
        Api::OpenAi,
        Api::AiYou,
        Api::OpenAi,
        Api::AiYou,
        Api::OpenAi,
    ] {
        contents.push(content_of(send_chat(&fake, api, false).await).await);
    }

    assert_eq!(contents, ["one", "two", "two", "fallback", "fallback"]);
    assert_eq!(
        (fake.requests(), fake.completed(), fake.dropped()),
        (5, 5, 0)
    );
}

#[tokio::test]
async fn every_chat_request_is_recorded_as_received() {
    let fake = FakeLlm::start().await;
    let openai_body = chat_body(Api::OpenAi, false);
    let string_content =
        json!({ "messages": [{ "role": "user", "content": "plain" }], "stream": true });

    let openai = chat_request(&fake, Api::OpenAi, &openai_body).await;
    openai.bearer_auth("sk-any").send().await.unwrap();
    let aiyou = chat_request(&fake, Api::AiYou, &string_content).await;
    aiyou.send().await.unwrap().text().await.unwrap();

    let recorded = fake.recorded();
    assert_eq!(recorded.len(), 2);
    assert_eq!(recorded[0].api, Api::OpenAi);
    assert_eq!(recorded[0].body, openai_body);
    assert_eq!(recorded[0].authorization.as_deref(), Some("Bearer sk-any"));
    assert!(!recorded[0].stream);
    assert_eq!(recorded[1].api, Api::AiYou);
    assert_eq!(recorded[1].body, string_content);
    assert_eq!(recorded[1].authorization.as_deref(), Some("Bearer tok-1"));
    assert!(recorded[1].stream);
    assert!(recorded[1].at >= recorded[0].at);
}

#[tokio::test]
async fn latency_delays_the_headers_at_least_that_long() {
    let fake = FakeLlm::start().await;
    fake.push(Step::answer("late").with_latency(Duration::from_millis(300)));
    let request = chat_request(&fake, Api::OpenAi, &chat_body(Api::OpenAi, false)).await;

    let started = Instant::now();
    let response = request.send().await.unwrap();

    assert!(started.elapsed() >= Duration::from_millis(300));
    assert_eq!(content_of(response).await, "late");
}

#[tokio::test]
async fn ttft_delays_the_first_chunk_but_not_the_headers() {
    let fake = FakeLlm::start().await;
    let ttft = Duration::from_millis(500);
    fake.push(Step::answer("slow start").with_ttft(ttft));
    let request = chat_request(&fake, Api::AiYou, &chat_body(Api::AiYou, true)).await;

    let started = Instant::now();
    let response = request.send().await.unwrap();
    let headers_after = started.elapsed();
    let text = response.text().await.unwrap();

    assert!(headers_after < ttft, "headers after {headers_after:?}");
    assert!(started.elapsed() >= ttft);
    assert_eq!(streamed_content(&text), "slow start");
}

#[tokio::test]
async fn dropping_a_request_while_the_fake_waits_counts_it_as_dropped() {
    let fake = FakeLlm::start().await;
    fake.push(Step::answer("never seen").with_latency(Duration::from_secs(5)));
    let request = chat_request(&fake, Api::OpenAi, &chat_body(Api::OpenAi, false)).await;

    let outcome = tokio::time::timeout(Duration::from_millis(200), request.send()).await;

    assert!(outcome.is_err(), "the request future was dropped");
    assert!(
        eventually(|| fake.dropped() == 1).await,
        "dropped: {}",
        fake.dropped()
    );
    assert_eq!(fake.completed(), 0);
    assert_eq!(
        content_of(send_chat(&fake, Api::OpenAi, false).await).await,
        DEFAULT_SUGGESTION
    );
}

#[tokio::test]
async fn dropping_a_stream_before_its_end_counts_it_as_dropped() {
    let fake = FakeLlm::start().await;
    fake.push(Step::answer("never finished").with_ttft(Duration::from_secs(5)));
    let response = super::send_chat(&fake, Api::AiYou, true).await;
    assert_eq!(response.status(), 200);

    drop(response);

    assert!(
        eventually(|| fake.dropped() == 1).await,
        "dropped: {}",
        fake.dropped()
    );
    assert_eq!(fake.completed(), 0);
}

#[tokio::test]
async fn wait_for_requests_returns_once_enough_arrived_or_false_on_timeout() {
    let fake = FakeLlm::start().await;
    let request = chat_request(&fake, Api::OpenAi, &chat_body(Api::OpenAi, false)).await;
    let sender = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(100)).await;
        request.send().await.unwrap();
    });

    let arrived = fake.wait_for_requests(1, Duration::from_secs(5)).await;
    let more = fake.wait_for_requests(2, Duration::from_millis(100)).await;

    assert!(arrived);
    assert!(!more);
    sender.await.unwrap();
}

/// A chat body for `api` whose prompt is `prompt`.
fn prompt_body(api: Api, prompt: &str) -> Value {
    let mut body = chat_body(api, false);
    body["messages"][0]["content"] = match api {
        Api::OpenAi => json!(prompt),
        Api::AiYou => json!([{ "type": "text", "text": prompt }]),
    };
    body
}

#[tokio::test]
async fn rules_answer_prompts_containing_their_text_before_the_queue_on_both_apis() {
    let fake = FakeLlm::start().await;
    fake.when_prompt_contains("closing opportunity", Step::answer("closing"));
    fake.when_prompt_contains("closing", Step::answer("second rule"));
    fake.push(Step::answer("queued"));
    fake.set_default(Step::answer("default"));

    let mut contents = Vec::new();
    for (api, prompt) in [
        (Api::OpenAi, "Is this a closing opportunity?"),
        (Api::AiYou, "Is this a closing opportunity?"),
        (Api::OpenAi, "Suggest questions."),
        (Api::AiYou, "Suggest questions."),
        (Api::OpenAi, "closing time"),
    ] {
        let request = chat_request(&fake, api, &prompt_body(api, prompt)).await;
        contents.push(content_of(request.send().await.unwrap()).await);
    }

    assert_eq!(
        contents,
        ["closing", "closing", "queued", "default", "second rule"],
        "rules are checked in order, are never used up, and leave the queue alone"
    );
    assert_eq!(fake.requests(), 5);
}
