//! Every `Reply` kind on both APIs, streamed and not.

use std::time::Duration;

use serde_json::Value;

use super::{
    CASES, chat_body, chat_request, content_type, read_until_error, send_chat, sse_data,
    streamed_content,
};
use crate::fake_llm::{Api, FakeLlm, Reply, Step};
use crate::helpers::eventually;

/// Long enough to span several 8-character pieces.
const TEXT: &str = "Hello from the fake LLM, in several pieces.";

#[tokio::test]
async fn content_is_a_completion_or_a_stream_ending_with_done() {
    let fake = FakeLlm::start().await;
    for (api, stream) in CASES {
        fake.push(Step::answer(TEXT));

        let response = send_chat(&fake, api, stream).await;

        assert_eq!(response.status(), 200, "{api:?} stream={stream}");
        if stream {
            assert_eq!(content_type(&response), "text/event-stream");
            let text = response.text().await.unwrap();
            let data = sse_data(&text);
            assert_eq!(data.last().unwrap(), "[DONE]", "{api:?}");
            assert_eq!(streamed_content(&text), TEXT, "{api:?}");
            assert!(super::sse_chunks(&text).iter().all(|chunk| {
                let piece = chunk["choices"][0]["delta"]["content"]
                    .as_str()
                    .unwrap_or("");
                piece.chars().count() <= 8
            }));
        } else {
            assert_eq!(content_type(&response), "application/json");
            let body: Value = response.json().await.unwrap();
            assert_eq!(body["choices"][0]["message"]["content"], TEXT, "{api:?}");
            assert_eq!(body["choices"][0]["finish_reason"], "stop");
        }
    }
    assert_eq!(fake.completed(), 4);
}

#[tokio::test]
async fn status_sends_the_endpoint_style_error_without_retry_after() {
    let fake = FakeLlm::start().await;
    for (api, stream) in CASES {
        fake.push(Step::status(503));

        let response = send_chat(&fake, api, stream).await;

        assert_eq!(response.status(), 503);
        assert!(response.headers().get("retry-after").is_none());
        assert_eq!(content_type(&response), "application/json");
        let body: Value = response.json().await.unwrap();
        match api {
            Api::OpenAi => assert_eq!(body["error"]["type"], "server_error", "{body}"),
            Api::AiYou => {
                assert_eq!(body["object"], "error", "{body}");
                assert_eq!(body["type"], "ServiceUnavailableError");
                assert_eq!(body["code"], 503);
            }
        }
    }
}

#[tokio::test]
async fn retry_after_adds_the_header_to_the_error() {
    let fake = FakeLlm::start().await;
    for (api, stream) in CASES {
        fake.push(Step::retry_after(429, "3"));

        let response = send_chat(&fake, api, stream).await;

        assert_eq!(response.status(), 429);
        assert_eq!(response.headers()["retry-after"], "3", "{api:?}");
        let body: Value = response.json().await.unwrap();
        match api {
            Api::OpenAi => assert_eq!(body["error"]["code"], "rate_limit_exceeded"),
            Api::AiYou => assert_eq!(body["type"], "RateLimitError"),
        }
    }
}

#[tokio::test]
async fn status_with_a_body_sends_that_body_as_is() {
    let fake = FakeLlm::start().await;
    for (api, stream) in CASES {
        fake.push(Step::reply(Reply::Status {
            status: 502,
            retry_after: None,
            body: Some("<html>bad gateway</html>".to_owned()),
        }));

        let response = send_chat(&fake, api, stream).await;

        assert_eq!(response.status(), 502);
        assert_eq!(response.text().await.unwrap(), "<html>bad gateway</html>");
    }
}

#[tokio::test]
async fn hang_never_answers_and_counts_as_dropped_when_the_client_gives_up() {
    let fake = FakeLlm::start().await;
    for (index, (api, stream)) in CASES.into_iter().enumerate() {
        fake.push(Step::reply(Reply::Hang));
        let request = chat_request(&fake, api, &chat_body(api, stream)).await;

        let error = request
            .timeout(Duration::from_millis(150))
            .send()
            .await
            .unwrap_err();

        assert!(error.is_timeout(), "{api:?}: {error}");
        assert!(eventually(|| fake.dropped() == index + 1).await, "{api:?}");
    }
    assert_eq!(fake.completed(), 0);
}

#[tokio::test]
async fn reset_sends_200_headers_then_breaks_the_connection() {
    let fake = FakeLlm::start().await;
    for (api, stream) in CASES {
        fake.push(Step::reply(Reply::Reset));

        let response = send_chat(&fake, api, stream).await;

        assert_eq!(response.status(), 200);
        let (text, failed) = read_until_error(response).await;
        assert!(failed, "{api:?} stream={stream}: got {text:?}");
        assert_eq!(text, "");
    }
    assert!(eventually(|| fake.aborted() == CASES.len()).await);
    assert_eq!((fake.completed(), fake.dropped()), (0, 0));
}

#[tokio::test]
async fn error_body_200_is_an_ok_status_carrying_an_aiyou_error() {
    let fake = FakeLlm::start().await;
    for (api, stream) in CASES {
        fake.push(Step::reply(Reply::ErrorBody200 {
            code: 429,
            message: "Slow down".to_owned(),
            kind: "RateLimitError".to_owned(),
        }));

        let response = send_chat(&fake, api, stream).await;

        assert_eq!(response.status(), 200);
        let text = response.text().await.unwrap();
        let error: Value = if stream {
            let data = sse_data(&text);
            assert_eq!(data.len(), 2, "{text}");
            assert_eq!(data[1], "[DONE]");
            serde_json::from_str(&data[0]).unwrap()
        } else {
            serde_json::from_str(&text).unwrap()
        };
        assert_eq!(error["object"], "error");
        assert_eq!(error["message"], "Slow down");
        assert_eq!(error["type"], "RateLimitError");
        assert_eq!(error["code"], 429);
    }
}

#[tokio::test]
async fn stream_cut_sends_some_chunks_then_breaks_the_connection() {
    let fake = FakeLlm::start().await;
    for (api, stream) in CASES {
        fake.push(Step::reply(Reply::StreamCut {
            content: "abcdefghijklmnopqrstuvwxyz".to_owned(),
            after_chunks: 2,
        }));

        let response = send_chat(&fake, api, stream).await;

        assert_eq!(response.status(), 200);
        let (text, failed) = read_until_error(response).await;
        assert!(failed, "{api:?} stream={stream}: got {text:?}");
        if stream {
            assert_eq!(streamed_content(&text), "abcdefghijklmnop");
            assert!(!text.contains("[DONE]"));
        } else {
            assert_eq!(text, "");
        }
    }
}

#[tokio::test]
async fn non_stream_unsupported_refuses_plain_calls_and_streams_the_default() {
    let fake = FakeLlm::start().await;
    fake.set_default(Step::answer("the default content"));
    for (api, stream) in CASES {
        fake.push(Step::reply(Reply::NonStreamUnsupported));

        let response = send_chat(&fake, api, stream).await;

        if stream {
            assert_eq!(response.status(), 200);
            let text = response.text().await.unwrap();
            assert_eq!(streamed_content(&text), "the default content");
        } else {
            assert_eq!(response.status(), 400);
            let body: Value = response.json().await.unwrap();
            assert_eq!(body["object"], "error");
            assert_eq!(body["type"], "BadRequestError");
            let message = "Stream options can only be defined when stream=True";
            assert_eq!(body["message"], message);
        }
    }
}
