//! The upstream is untrusted: hostile answers against the real binary (its own
//! process, so its latency and memory are its own). An answer made of 200,000 `{`
//! does not stall the server, and an endless answer (streamed or not) is cut at the
//! size cap within the deadline, with the server's memory flat.

use std::time::{Duration, Instant};

use callshadow::llm::http::MAX_BODY_BYTES;
use serde_json::Value;
use tokio::task::JoinHandle;

use crate::fake_llm::{DEFAULT_SUGGESTION, FakeLlm, Reply, Step};
use crate::helpers::{Client, Server, client_says, eventually, openai_binary};

/// The longest `/health` round trip allowed while hostile answers are handled.
const HEALTH_BUDGET: Duration = Duration::from_millis(50);
/// `/health` probes made at least, while or after the answers are handled.
const MIN_PROBES: usize = 20;
/// Bytes an endless answer may have in flight past the cap: the sockets' kernel
/// buffers and the HTTP client's read buffer.
const MAX_IN_FLIGHT: usize = 16 << 20;
/// Most the server's resident memory may grow for one oversized answer: the 1 MiB
/// cap, buffers, and the allocator's per-thread segments it keeps for reuse (about
/// 15 MiB measured; an uncapped debug build grew by more than 50 MiB in 3 s, a
/// release build by 1 GB in 6 s).
const MAX_RSS_GROWTH: usize = 32 << 20;

/// A connection to the binary, its `session_init` read.
async fn connect(server: &Server) -> Client {
    let url = format!("ws://{}/ws/conversation", server.address);
    let (ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    let mut client = Client::from_stream(ws);
    assert_eq!(client.recv_json().await["type"], "session_init");
    client
}

/// The slowest `/health` round trip, probing until `answers` is done (and at least
/// [`MIN_PROBES`] times); a probe unanswered within two seconds counts as two seconds.
async fn worst_health_latency<T>(server: &Server, answers: &JoinHandle<T>) -> Duration {
    let http = reqwest::Client::new();
    let url = format!("http://{}/health", server.address);
    let mut worst = Duration::ZERO;
    let mut probes = 0;
    while probes < MIN_PROBES || !answers.is_finished() {
        let started = Instant::now();
        let probe = tokio::time::timeout(Duration::from_secs(2), http.get(&url).send()).await;
        assert!(
            probe.as_ref().is_err() || probe.as_ref().is_ok_and(Result::is_ok),
            "/health answers"
        );
        worst = worst.max(started.elapsed());
        probes += 1;
    }
    worst
}

/// Whether `answer` is an error frame with `code` and a usable fallback suggestion.
fn is_error_with_fallback(answer: &Value, code: &str) -> bool {
    answer["type"] == "error"
        && answer["error_code"] == code
        && answer["fallback_suggestion"]["questions"]
            .as_array()
            .is_some_and(|questions| questions.len() >= 2)
}

#[tokio::test]
async fn health_stays_fast_while_the_upstream_answers_two_hundred_thousand_braces_to_two_sessions()
{
    let fake = FakeLlm::start().await;
    fake.set_default(Step::answer(&"{".repeat(200_000)));
    let server = openai_binary(&fake, &[]);
    let (mut first, mut second) = (connect(&server).await, connect(&server).await);

    first.send_json(&client_says("Hello")).await;
    second.send_json(&client_says("Hello")).await;
    let answers = tokio::spawn(async move { (first.recv_json().await, second.recv_json().await) });
    assert!(
        eventually(|| fake.completed() >= 2).await,
        "the fake sent both answers"
    );
    let worst = worst_health_latency(&server, &answers).await;

    assert!(worst < HEALTH_BUDGET, "/health took {worst:?}");
    let (first, second) = answers.await.expect("both answers arrive");
    for answer in [first, second] {
        assert!(is_error_with_fallback(&answer, "PARSING_ERROR"), "{answer}");
        assert!(
            !answer.to_string().contains("{{{"),
            "no raw answer: {answer}"
        );
    }
    assert_eq!(fake.requests(), 2, "a parsing error is not retried");
}

#[tokio::test]
async fn endless_answers_are_cut_at_the_size_cap_within_the_deadline_and_memory_stays_flat() {
    let deadline = Duration::from_millis(4000);
    for (stream, line_breaks) in [("true", true), ("true", false), ("false", true)] {
        let case = format!("stream={stream} line_breaks={line_breaks}");
        let fake = FakeLlm::start().await;
        fake.push(Step::answer(DEFAULT_SUGGESTION));
        fake.set_default(Step::reply(Reply::Endless { line_breaks }));
        let server = openai_binary(
            &fake,
            &[
                ("LLM_STREAM", stream),
                ("SUGGESTION_DEADLINE_MS", "4000"),
                ("LLM_TIMEOUT_MS", "3000"),
                ("LLM_TTFT_TIMEOUT_MS", "1000"),
                ("TOKIO_WORKER_THREADS", "2"),
            ],
        );
        let mut client = connect(&server).await;
        let warm_up = client.say(&client_says("Hello")).await;
        assert_eq!(warm_up["type"], "suggestion", "{case}: {warm_up}");
        let before = server.rss_bytes();

        let started = Instant::now();
        let answer = client.say(&client_says("Are you there?")).await;
        let elapsed = started.elapsed();

        assert!(
            is_error_with_fallback(&answer, "LLM_ERROR"),
            "{case}: {answer}"
        );
        assert_eq!(answer["details"]["cause"], "answer_too_large", "{case}");
        assert!(elapsed < deadline, "{case}: answered after {elapsed:?}");
        let sent = fake.streamed_bytes();
        assert!(
            sent < MAX_BODY_BYTES + MAX_IN_FLIGHT,
            "{case}: the server took {sent} bytes"
        );
        let grown = server.rss_bytes().saturating_sub(before);
        assert!(grown < MAX_RSS_GROWTH, "{case}: RSS grew by {grown} bytes");
        assert_eq!(
            fake.requests(),
            2,
            "{case}: an oversized answer is not retried"
        );
    }
}
