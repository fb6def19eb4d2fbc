//! What the LLM answers, and what the client sees of it: parsing, streaming
//! timeouts and cuts, and no secret anywhere.

use std::time::Duration;

use callshadow::config::ProviderChoice;
use serde_json::json;

use crate::fake_llm::{DEFAULT_SUGGESTION, FakeLlm, Reply, Step};
use crate::llm_openai::ask;
use crate::llm_support::{API_KEY, CapturedLogs, PASSWORD, default_suggestion, llm_settings};

#[tokio::test]
async fn fenced_and_prose_wrapped_json_are_parsed() {
    for content in [
        format!("```json\n{DEFAULT_SUGGESTION}\n```"),
        format!("Sure, here is what I suggest: {DEFAULT_SUGGESTION} Good luck with the call!"),
    ] {
        let fake = FakeLlm::start().await;
        fake.set_default(Step::answer(&content));
        let answer = ask(llm_settings(&fake, ProviderChoice::OpenAi), "Hello").await;
        assert_eq!(answer["data"], default_suggestion(), "{content}");
    }
}

#[tokio::test]
async fn a_single_question_is_topped_up_to_two() {
    let fake = FakeLlm::start().await;
    fake.set_default(Step::answer(
        r#"{"questions":["  Only one?  "],"recommended_direction":"Go on."}"#,
    ));
    let answer = ask(llm_settings(&fake, ProviderChoice::OpenAi), "I'm confused").await;
    let questions = answer["data"]["questions"].as_array().unwrap();
    assert_eq!(questions.len(), 2, "{answer}");
    assert_eq!(questions[0], "Only one?");
}

#[tokio::test]
async fn garbage_is_a_parsing_error_with_a_fallback_and_the_raw_output_stays_in_the_log() {
    let fake = FakeLlm::start().await;
    fake.set_default(Step::answer(
        "I would suggest asking about their GARBAGE-MARKER budget.",
    ));
    let (logs, _guard) = CapturedLogs::start();
    let answer = ask(
        llm_settings(&fake, ProviderChoice::OpenAi),
        "What does it cost?",
    )
    .await;
    assert_eq!(answer["error_code"], "PARSING_ERROR", "{answer}");
    assert!(answer["fallback_suggestion"]["questions"].is_array());
    assert!(
        !answer.to_string().contains("GARBAGE-MARKER"),
        "no raw output in the frame"
    );
    assert!(
        logs.text().contains("GARBAGE-MARKER"),
        "the raw output is logged"
    );
    assert_eq!(fake.requests(), 1, "a parsing error is not retried");
}

#[tokio::test]
async fn a_stream_without_a_first_token_in_time_is_retried() {
    let fake = FakeLlm::start().await;
    fake.push(Step::answer(DEFAULT_SUGGESTION).with_ttft(Duration::from_secs(2)));
    let mut settings = llm_settings(&fake, ProviderChoice::OpenAi);
    settings.llm.stream = true;
    settings.llm.ttft_timeout = Duration::from_millis(200);
    let answer = ask(settings, "Hello").await;
    assert_eq!(answer["data"], default_suggestion(), "{answer}");
    assert_eq!(fake.requests(), 2);
}

#[tokio::test]
async fn a_stream_cut_after_its_first_token_is_an_error_with_a_fallback_never_a_truncated_suggestion()
 {
    let fake = FakeLlm::start().await;
    fake.push(Step::reply(Reply::StreamCut {
        content: DEFAULT_SUGGESTION.to_owned(),
        after_chunks: 3,
    }));
    let mut settings = llm_settings(&fake, ProviderChoice::OpenAi);
    settings.llm.stream = true;
    let answer = ask(settings, "Hello").await;
    assert_eq!(answer["error_code"], "LLM_ERROR", "{answer}");
    assert_eq!(answer["details"]["cause"], "stream_cut");
    assert!(answer["fallback_suggestion"]["questions"].is_array());
    assert_eq!(fake.requests(), 1, "not retried after the first token");
}

#[tokio::test]
async fn secrets_never_reach_logs_frames_or_debug_output() {
    let fake = FakeLlm::start().await;
    fake.push(Step::status(401));
    let (logs, _guard) = CapturedLogs::start();
    let openai = llm_settings(&fake, ProviderChoice::OpenAi);
    let debug = format!("{openai:?}");
    let first = ask(openai, "Hello").await;
    let second = ask(llm_settings(&fake, ProviderChoice::AiYou), "Hello").await;
    let text = logs.text();
    assert!(
        text.contains("DEBUG") || text.contains("TRACE"),
        "logs were captured at debug level"
    );
    for secret in [API_KEY, PASSWORD, "tok-1"] {
        assert!(!text.contains(secret), "{secret} leaked into the logs");
        assert!(!debug.contains(secret), "{secret} leaked into Debug output");
        for frame in [&first, &second] {
            assert!(
                !frame.to_string().contains(secret),
                "{secret} leaked into {frame}"
            );
        }
    }
    assert_eq!(second["type"], json!("suggestion"));
}
