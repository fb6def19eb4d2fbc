//! Property tests of the LLM client against a raw upstream that answers whatever
//! the test draws: any status, `Retry-After`, `Content-Type` and `Content-Length`
//! headers (wrong ones included), and any body — bytes, JSON completions, error
//! bodies, SSE streams with huge lines or without `[DONE]`, oversized answers —
//! written in arbitrary pieces. Whatever comes, the client never panics and ends
//! with a text within the cap or a typed error.

use std::net::SocketAddr;
use std::time::Duration;

use callshadow::llm::backend::{AttemptTimeouts, Backend, ChatRequest};
use callshadow::llm::error::LlmError;
use callshadow::llm::http::{MAX_BODY_BYTES, build_client};
use callshadow::llm::openai::{OpenAiBackend, OpenAiConfig};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// One answer of the raw upstream.
#[derive(Debug, Clone)]
struct RawAnswer {
    status: u16,
    retry_after: Option<String>,
    content_type: Option<String>,
    content_length: ContentLength,
    body: Vec<u8>,
    cuts: Vec<usize>,
}

/// What the `Content-Length` header says.
#[derive(Debug, Clone)]
enum ContentLength {
    /// No header: the body ends when the connection closes.
    Absent,
    /// The body's true length.
    True,
    /// Any value, right or not.
    Any(String),
}

fn header_value() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ -~]{0,24}",
        Just("1e20".to_owned()),
        Just("NaN".to_owned()),
        Just("-1".to_owned()),
        Just("inf".to_owned()),
        Just("18446744073709551616".to_owned()),
        Just("Fri, 31 Dec 9999 23:59:59 GMT".to_owned()),
        Just("text/event-stream".to_owned()),
        Just("application/json".to_owned()),
    ]
}

fn content_length() -> impl Strategy<Value = ContentLength> {
    prop_oneof![
        Just(ContentLength::Absent),
        Just(ContentLength::True),
        "[0-9]{1,25}|[ -~]{0,8}".prop_map(ContentLength::Any),
    ]
}

fn sse_body() -> impl Strategy<Value = Vec<u8>> {
    let event = prop_oneof![
        "[ -~]{0,12}".prop_map(|c| format!(
            "data: {}\n\n",
            serde_json::json!({"choices":[{"delta":{"content":c}}]})
        )),
        Just("data: [DONE]\n\n".to_owned()),
        Just(": keep-alive\r\n\r\n".to_owned()),
        Just("data: {\"error\":{\"code\":429}}\n\n".to_owned()),
        Just(format!("data: {}", "x".repeat(MAX_BODY_BYTES + 10))),
        "[ -~\n\r]{0,40}",
    ];
    proptest::collection::vec(event, 0..12).prop_map(|events| events.concat().into_bytes())
}

fn body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        3 => sse_body(),
        2 => "[ -~]{0,30}".prop_map(|c| serde_json::json!(
            {"choices":[{"message":{"content":c}}]}).to_string().into_bytes()),
        1 => Just(br#"{"object":"error","message":"m","type":"RateLimitError","code":429}"#.to_vec()),
        2 => proptest::collection::vec(any::<u8>(), 0..600),
        1 => Just(vec![b'{'; MAX_BODY_BYTES + 1]),
    ]
}

fn raw_answer() -> impl Strategy<Value = RawAnswer> {
    let status = prop_oneof![
        4 => Just(200u16),
        1 => prop::sample::select(vec![201u16, 204, 301, 302, 307, 308, 400, 401, 403, 404, 408, 429, 500, 503, 599]),
    ];
    (
        status,
        proptest::option::of(header_value()),
        proptest::option::of(header_value()),
        content_length(),
        body(),
        proptest::collection::vec(any::<usize>(), 0..5),
    )
        .prop_map(
            |(status, retry_after, content_type, content_length, body, cuts)| RawAnswer {
                status,
                retry_after,
                content_type,
                content_length,
                body,
                cuts,
            },
        )
}

impl RawAnswer {
    /// The status line and headers.
    fn head(&self) -> String {
        let mut head = format!("HTTP/1.1 {} Whatever\r\nConnection: close\r\n", self.status);
        let headers = [
            ("Retry-After", self.retry_after.clone()),
            ("Content-Type", self.content_type.clone()),
            (
                "Content-Length",
                match &self.content_length {
                    ContentLength::Absent => None,
                    ContentLength::True => Some(self.body.len().to_string()),
                    ContentLength::Any(value) => Some(value.clone()),
                },
            ),
        ];
        for (name, value) in headers {
            if let Some(value) = value {
                head.push_str(&format!("{name}: {value}\r\n"));
            }
        }
        head + "\r\n"
    }

    /// The body in pieces, cut at the drawn points.
    fn pieces(&self) -> Vec<&[u8]> {
        let mut points: Vec<usize> = self
            .cuts
            .iter()
            .map(|c| c % (self.body.len() + 1))
            .collect();
        points.sort_unstable();
        points.push(self.body.len());
        let mut from = 0;
        points
            .into_iter()
            .map(|to| {
                let piece = &self.body[from..to];
                from = to;
                piece
            })
            .collect()
    }
}

/// Reads one request (headers, then as many body bytes as they announce).
async fn read_request(socket: &mut TcpStream) {
    let mut seen = Vec::new();
    let mut buffer = [0u8; 4096];
    while let Ok(n) = socket.read(&mut buffer).await {
        if n == 0 {
            return;
        }
        seen.extend_from_slice(&buffer[..n]);
        let text = String::from_utf8_lossy(&seen);
        if let Some(end) = text.find("\r\n\r\n") {
            let length = text[..end]
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase()
                        .strip_prefix("content-length:")
                        .map(|v| v.trim().parse::<usize>().unwrap_or(0))
                })
                .unwrap_or(0);
            if seen.len() >= end + 4 + length {
                return;
            }
        }
    }
}

/// Serves `answer` to one connection; the address to call.
async fn serve_once(answer: RawAnswer) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let Ok((mut socket, _)) = listener.accept().await else {
            return;
        };
        read_request(&mut socket).await;
        let _ = socket.write_all(answer.head().as_bytes()).await;
        for piece in answer.pieces() {
            let _ = socket.write_all(piece).await;
            let _ = socket.flush().await;
            tokio::task::yield_now().await;
        }
        let _ = socket.shutdown().await;
    });
    address
}

/// One attempt of the OpenAI-compatible backend against `answer`.
async fn call(answer: RawAnswer, stream: bool) -> Result<String, LlmError> {
    let address = serve_once(answer).await;
    let config = OpenAiConfig {
        base_url: format!("http://{address}/v1"),
        api_key: None,
        model: "m".to_owned(),
        temperature: 0.0,
        max_tokens: 10,
        json_mode: false,
        cache_key: false,
    };
    let backend = OpenAiBackend::new(build_client(Duration::from_secs(1)).unwrap(), config);
    let timeouts = AttemptTimeouts {
        total: Duration::from_secs(2),
        first_token: Duration::from_secs(2),
    };
    let request = ChatRequest {
        prompt: "p".to_owned(),
        stream,
        cache_key: None,
    };
    backend
        .complete(&request, timeouts)
        .await
        .map(|answer| answer.text)
}

/// What must hold whatever the answer.
fn check(answer: &RawAnswer, result: &Result<String, LlmError>) -> Result<(), TestCaseError> {
    match result {
        Ok(text) => {
            prop_assert!(
                (200..300).contains(&answer.status),
                "text from HTTP {}",
                answer.status
            );
            prop_assert!(text.len() <= MAX_BODY_BYTES);
        }
        Err(error) => prop_assert!(!error.kind().is_empty()),
    }
    let valid_head = matches!(
        answer.content_length,
        ContentLength::Absent | ContentLength::True
    );
    if (300..400).contains(&answer.status) && valid_head {
        prop_assert_eq!(
            result,
            &Err(LlmError::Redirected {
                status: answer.status
            })
        );
    }
    Ok(())
}

#[test]
fn any_answer_gives_a_bounded_text_or_a_typed_error_never_a_panic() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let mut runner = TestRunner::new(Config {
        cases: 128,
        failure_persistence: None,
        ..Config::default()
    });
    let outcome = runner.run(&(raw_answer(), any::<bool>()), |(answer, stream)| {
        let result = runtime.block_on(call(answer.clone(), stream));
        check(&answer, &result)
    });
    if let Err(failure) = outcome {
        panic!("{failure}");
    }
}
