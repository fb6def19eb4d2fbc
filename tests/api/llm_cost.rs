//! What an LLM call costs, with the default configuration (the closing detector
//! on the orchestrator's LLM, CLOSING_DETECTOR_PROVIDER=auto): LLM calls per
//! message over the sample conversations, one breaker per upstream (one probe
//! after an outage, one state in `/ready` and the metrics, its log lines naming
//! the upstream), connections reused by streamed calls, the upstream's reason
//! for an error in the WARN log only, unreadable answers falling back and
//! counted, and a gateway that retries on its own.

use std::path::Path;
use std::time::{Duration, Instant};

use callshadow::config::{ClosingCalls, ProviderChoice, Settings, derived_timeouts};
use futures_util::future::join_all;
use serde_json::{Value, json};

use crate::closing::{CLOSING_PROMPT, answer_and_closing, assessed, closing_answer, says};
use crate::fake_llm::{DEFAULT_SUGGESTION, FakeLlm, Reply, Step};
use crate::helpers::{
    API_KEY, CapturedLogs, Client, Server, TestApp, client_says, repo, scrape, spawn_llm_app,
    spawn_llm_closing_app, start_binary,
};
use crate::metrics::upstream_label;

/// The lines of the samples a salesperson would close on: a client asking for
/// the contract, the next steps or a start date.
const CLOSING_LINES: [&str; 5] = [
    "What are the next steps? We'd like to sign this week and start on Monday.",
    "Great, please send me the contract, we'd like to start next month.",
    "Actually, the night shift pilot is exactly what we need. How do we get started?",
    "Génial ! Quelle est la prochaine étape ? On pourrait signer cette semaine.",
    "Parfait, envoyez-moi le contrat, on voudrait démarrer en janvier.",
];

/// The messages of `examples/{file}`, as a client sends them (no `delay_ms`).
fn example(file: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(file).unwrap();
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let mut message: Value = serde_json::from_str(line).unwrap();
            message.as_object_mut().unwrap().remove("delay_ms");
            message
        })
        .collect()
}

/// Every `examples/*.jsonl`, by name.
fn examples() -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(repo("examples"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    assert!(files.len() >= 7, "{files:?}");
    files
}

/// What playing the samples cost, and which messages got a closing frame.
struct Played {
    messages: usize,
    calls: usize,
    /// The text and the frame's source of every message that got a closing frame.
    closings: Vec<(String, String)>,
}

/// Plays every sample, one session each, message after message, on a server whose
/// detector is asked per `calls`; the fake says "closing opportunity" to closing
/// prompts about a closing line only, "no" to the others.
async fn play_examples(calls: ClosingCalls) -> Played {
    let app = spawn_llm_closing_app(ProviderChoice::Auto, |settings| {
        settings.agents.closing_llm_calls = calls;
    })
    .await;
    let fake = &app.llm;
    for line in CLOSING_LINES {
        fake.when_prompt_contains_all(&[CLOSING_PROMPT, line], closing_answer(0.9));
    }
    fake.when_prompt_contains(CLOSING_PROMPT, closing_answer(0.2));
    let mut played = Played {
        messages: 0,
        calls: 0,
        closings: Vec::new(),
    };
    for file in examples() {
        let (mut client, _) = app.connect_init("").await;
        for message in example(&file) {
            let (answer, closing) = answer_and_closing(&app, &mut client, &message).await;
            assert_eq!(answer["type"], "suggestion", "{answer}");
            assert_eq!(answer["meta"]["source"], "llm", "{answer}");
            played.messages += 1;
            if let Some(closing) = closing {
                let text = message["text"].as_str().unwrap().to_owned();
                let source = closing["meta"]["source"].as_str().unwrap().to_owned();
                played.closings.push((text, source));
            }
        }
    }
    played.calls = fake.requests();
    played
}

#[tokio::test]
async fn the_samples_cost_at_most_1_2_llm_calls_per_message_and_every_closing_line_still_closes() {
    let every = play_examples(ClosingCalls::Every).await;
    let candidates = play_examples(ClosingCalls::Candidates).await;

    #[expect(clippy::cast_precision_loss, reason = "small counts")]
    let per_message = |p: &Played| p.calls as f64 / p.messages as f64;
    println!(
        "LLM calls per message over {} sample messages: every {:.3} ({} calls), candidates {:.3} ({} calls)",
        candidates.messages,
        per_message(&every),
        every.calls,
        per_message(&candidates),
        candidates.calls
    );
    assert_eq!(every.messages, candidates.messages);
    assert!(
        (per_message(&every) - 2.0).abs() < f64::EPSILON,
        "CLOSING_DETECTOR_LLM_CALLS=every keeps a dedicated call per message"
    );
    assert!(
        per_message(&candidates) <= 1.2,
        "{} calls for {} messages",
        candidates.calls,
        candidates.messages
    );
    let mut expected: Vec<String> = CLOSING_LINES.iter().map(|l| (*l).to_owned()).collect();
    expected.sort();
    assert_eq!(closing_lines_answered_by_the_llm(&every), expected);
    assert_eq!(
        closing_lines_answered_by_the_llm(&candidates),
        expected,
        "the LLM is still asked about every closing line, and its frame sent"
    );
    assert!(
        candidates
            .closings
            .iter()
            .all(|(_, source)| source == "llm"),
        "{:?}",
        candidates.closings
    );
}

/// The sample closing lines that got a `closing` frame from the LLM, sorted.
fn closing_lines_answered_by_the_llm(played: &Played) -> Vec<String> {
    let mut lines: Vec<String> = played
        .closings
        .iter()
        .filter(|(text, source)| source == "llm" && CLOSING_LINES.contains(&text.as_str()))
        .map(|(text, _)| text.clone())
        .collect();
    lines.sort();
    lines
}

/// The server with the default configuration on its fake; its breaker opens
/// after `threshold` failed attempts for `cool_down`.
async fn default_app(threshold: u32, cool_down: Duration) -> TestApp {
    spawn_llm_closing_app(ProviderChoice::Auto, |settings| {
        settings.llm.breaker_threshold = threshold;
        settings.llm.breaker_timeout = cool_down;
    })
    .await
}

/// An outage that opens the breaker on a message both agents ask the upstream
/// about; the requests it took.
async fn outage(app: &TestApp, message: &Value) -> usize {
    app.llm.set_default(Step::status(503));
    let (mut client, _) = app.connect_init("").await;
    let (answer, closing) = answer_and_closing(app, &mut client, message).await;
    assert_eq!(answer["error_code"], "LLM_ERROR", "{answer}");
    assert_eq!(closing.unwrap()["meta"]["source"], "fallback");
    let (_, ready) = app.get("/ready").await;
    assert_eq!(ready["llm_upstreams"][0]["circuit"], "open", "{ready}");
    let requests = app.llm.requests();
    assert!(requests >= 3, "{requests}");
    requests
}

#[tokio::test]
async fn after_an_outage_exactly_one_probe_reaches_the_upstream_whatever_the_agents_and_sessions() {
    let cool_down = Duration::from_millis(400);
    let app = default_app(3, cool_down).await;
    let fake = &app.llm;
    let closing_line = says(
        "Perfect, send me the contract, we'd like to sign this week.",
        "positive",
    );
    let during_outage = outage(&app, &closing_line).await;

    assert!(crate::llm_breaker::circuit_half_open(&app).await);
    let slow = Duration::from_millis(1000);
    fake.when_prompt_contains(CLOSING_PROMPT, closing_answer(0.9).with_latency(slow));
    fake.set_default(Step::answer(DEFAULT_SUGGESTION).with_latency(slow));
    let mut clients = Vec::new();
    for _ in 0..8 {
        clients.push(app.connect_init("").await.0);
    }
    let done = app.state.closing.assessed();
    let frames = join_all(clients.iter_mut().map(|client| async {
        let answer = client.say(&closing_line).await;
        let closing = client.recv_json().await;
        (answer, closing)
    }))
    .await;
    assert!(assessed(&app, done + 8).await);

    assert_eq!(
        fake.requests() - during_outage,
        1,
        "16 agent calls from 8 sessions, ONE probe"
    );
    let from_llm = frames
        .iter()
        .flat_map(|(answer, closing)| [answer, closing])
        .filter(|frame| frame["meta"]["source"] == "llm")
        .count();
    assert_eq!(from_llm, 1, "{frames:?}");
    for (answer, closing) in &frames {
        assert_eq!(answer["type"], "suggestion", "{answer}");
        assert_eq!(closing["type"], "closing", "{closing}");
    }
    let (_, ready) = app.get("/ready").await;
    assert_eq!(ready["llm_circuit"], "closed", "the good probe closed it");
    assert_eq!(ready["llm_upstreams"].as_array().unwrap().len(), 1);
    assert_eq!(ready["llm_upstreams"][0]["circuit"], "closed", "{ready}");
}

#[tokio::test]
async fn breaker_lines_name_the_upstream_for_every_agent() {
    let (logs, _guard) = CapturedLogs::start();
    // One attempt per agent, so that the two failures that open it are one of each.
    let app = spawn_llm_closing_app(ProviderChoice::Auto, |settings| {
        settings.llm.breaker_threshold = 2;
        settings.llm.breaker_timeout = Duration::from_secs(60);
        settings.llm.max_retries = 0;
    })
    .await;
    app.llm.set_default(Step::status(503));
    let (mut client, _) = app.connect_init("").await;
    let closing_line = says("Great, send me the contract today.", "positive");
    let (answer, _) = answer_and_closing(&app, &mut client, &closing_line).await;
    assert_eq!(answer["error_code"], "LLM_ERROR", "{answer}");

    let (_, ready) = app.get("/ready").await;
    let label = ready["llm_upstreams"][0]["upstream"].as_str().unwrap();
    assert_eq!(label, upstream_label(&app.llm));
    assert!(
        !label.contains("http") && !label.contains(API_KEY),
        "{label}"
    );
    let text = logs.text();
    let opened: Vec<&str> = text
        .lines()
        .filter(|line| line.contains("circuit breaker opened"))
        .collect();
    assert_eq!(opened.len(), 1, "one breaker opened once:\n{text}");
    assert!(
        opened[0].contains(&format!("upstream={label}")),
        "{}",
        opened[0]
    );
    for line in text.lines().filter(|l| l.contains("LLM call failed")) {
        assert!(line.contains(&format!("upstream={label}")), "{line}");
    }
    assert!(
        text.lines()
            .any(|l| l.contains("LLM call failed") && l.contains("closing_detector")),
        "both agents failed, each named:\n{text}"
    );
    assert!(!text.contains("provider=\"closing_detector\""), "{text}");
}

#[tokio::test]
async fn twenty_streamed_calls_reuse_their_connection_to_the_upstream() {
    let app = spawn_llm_app(ProviderChoice::OpenAi, |settings| {
        settings.llm.stream = true;
    })
    .await;
    let (mut client, _) = app.connect_init("").await;
    for n in 0..20 {
        let answer = client.say(&client_says(&format!("Question {n}?"))).await;
        assert_eq!(answer["meta"]["source"], "llm", "{answer}");
    }
    assert_eq!(app.llm.requests(), 20);
    assert!(app.llm.recorded().iter().all(|r| r.stream));
    let connections = app.llm.connections();
    println!("20 streamed calls, {connections} TCP connection(s) to the upstream");
    assert!(connections <= 2, "{connections} connections");
}

#[tokio::test]
async fn the_upstreams_reason_for_an_error_is_logged_at_warn_redacted_and_never_sent() {
    let (logs, _guard) = CapturedLogs::start();
    let app = spawn_llm_app(ProviderChoice::OpenAi, |settings| {
        settings.llm.max_retries = 1;
    })
    .await;
    let reason = "Unsupported value: 'response_format' is not supported with this model";
    let body = json!({"error": {"message": format!("{reason}. Key: {API_KEY}"), "type": "invalid_request_error"}});
    app.llm.push(Step::reply(Reply::Status {
        status: 400,
        retry_after: None,
        body: Some(body.to_string()),
    }));
    let overloaded = json!({"error": {"message": "The model is overloaded (REASON-503)"}});
    for _ in 0..2 {
        app.llm.push(Step::reply(Reply::Status {
            status: 503,
            retry_after: None,
            body: Some(overloaded.to_string()),
        }));
    }

    let rejected = app.ask("Hello").await;
    let failed = app.ask("Hello again").await;

    for answer in [&rejected, &failed] {
        assert_eq!(answer["error_code"], "LLM_ERROR", "{answer}");
        let frame = answer.to_string();
        assert!(
            !frame.contains("Unsupported") && !frame.contains("REASON-503"),
            "{frame}"
        );
    }
    let text = logs.text();
    let warned = |needle: &str| {
        text.lines()
            .filter(|l| l.contains("WARN") && l.contains(needle))
            .count()
    };
    assert_eq!(warned(reason), 1, "the 400's reason, once:\n{text}");
    assert_eq!(
        warned("REASON-503"),
        2,
        "the retry and the failure:\n{text}"
    );
    assert!(
        !text.contains(API_KEY),
        "the key the upstream echoed:\n{text}"
    );
}

/// The binary with the default configuration on `fake`, metrics on, and a
/// client past its `session_init`.
async fn binary_with_metrics(fake: &FakeLlm) -> (Server, Client) {
    let base_url = fake.openai_base_url();
    let server = start_binary(&[
        ("OPENAI_BASE_URL", base_url.as_str()),
        ("OPENAI_API_KEY", API_KEY),
        ("ENABLE_METRICS", "true"),
        ("METRICS_PORT", "0"),
    ]);
    let url = format!("ws://{}/ws/conversation", server.address);
    let (ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    let mut client = Client::from_stream(ws);
    assert_eq!(client.recv_json().await["type"], "session_init");
    (server, client)
}

#[tokio::test]
async fn unreadable_answers_fall_back_and_are_counted_in_the_metrics() {
    let fake = FakeLlm::start().await;
    fake.when_prompt_contains(CLOSING_PROMPT, Step::answer(DEFAULT_SUGGESTION));
    fake.set_default(Step::answer("I cannot tell."));
    let (server, mut client) = binary_with_metrics(&fake).await;

    let message = says(
        "Perfect, send me the contract, we'd like to start next month.",
        "positive",
    );
    let answer = client.say(&message).await;
    let closing = client.recv_json().await;

    assert_eq!(answer["error_code"], "PARSING_ERROR", "{answer}");
    assert!(answer["fallback_suggestion"]["questions"].is_array());
    assert_eq!(closing["type"], "closing", "{closing}");
    assert_eq!(
        closing["meta"]["source"], "fallback",
        "the analyzer's assessment"
    );
    assert_eq!(
        closing["data"]["signals"][0], "contract_request",
        "{closing}"
    );
    assert_eq!(
        fake.requests(),
        2,
        "an answer that does not parse is not retried"
    );
    let metrics = scrape(server.metrics_address.as_deref().unwrap()).await;
    for agent in ["orchestrator", "closing_detector"] {
        let labels = [("agent", agent), ("reason", "unparsable")];
        assert_eq!(
            metrics.get("callshadow_agent_fallbacks_total", &labels),
            1.0,
            "{agent}"
        );
    }
    let screened = [("result", "candidate")];
    assert_eq!(
        metrics.get("callshadow_closing_screened_total", &screened),
        1.0
    );
    client.close().await;
    server.stop().await;
}

/// A gateway in front of the upstream that retries a 429 on its own for 5 s
/// before passing it on, against the default configuration scaled down ten times
/// (SUGGESTION_DEADLINE_MS 600, the LLM timeouts derived from it).
async fn behind_a_retrying_gateway(edit: impl FnOnce(&mut Settings)) -> TestApp {
    spawn_llm_closing_app(ProviderChoice::Auto, |settings| {
        settings.llm.deadline = Duration::from_millis(600);
        (settings.llm.timeout, settings.llm.ttft_timeout) = derived_timeouts(settings.llm.deadline);
        settings.llm.breaker_threshold = 2;
        settings.llm.breaker_timeout = Duration::from_secs(60);
        edit(settings);
    })
    .await
}

#[tokio::test]
async fn behind_a_gateway_that_answers_429_after_5_s_the_fallback_is_on_time_and_the_breaker_counts_it()
 {
    let app = behind_a_retrying_gateway(|_| {}).await;
    let fake = &app.llm;
    fake.set_default(Step::status(429).with_latency(Duration::from_secs(5)));
    let (mut client, _) = app.connect_init("").await;
    let deadline = app.state.settings.llm.deadline;
    let timeout = app.state.settings.llm.timeout;
    assert_eq!(timeout, Duration::from_millis(400));

    for n in 1..=2 {
        let sent = Instant::now();
        let answer = client.say(&client_says(&format!("Hello {n}"))).await;
        let took = sent.elapsed();
        println!("message {n}: {:?} after {took:?}", answer["details"]);
        assert_eq!(answer["error_code"], "LLM_ERROR", "{answer}");
        assert!(answer["fallback_suggestion"]["questions"].is_array());
        assert!(
            took >= timeout && took < deadline + Duration::from_millis(300),
            "the fallback by the deadline, not after the gateway's 5 s: {took:?}"
        );
    }
    let (_, ready) = app.get("/ready").await;
    assert_eq!(
        ready["llm_circuit"], "open",
        "each attempt that hit LLM_TIMEOUT_MS counted: {ready}"
    );
    let asked = fake.requests();
    assert!((2..=3).contains(&asked), "{asked} requests");

    let sent = Instant::now();
    let answer = client.say(&client_says("Still there?")).await;
    assert_eq!(answer["meta"]["source"], "fallback", "{answer}");
    assert!(
        sent.elapsed() < Duration::from_millis(300),
        "{:?}",
        sent.elapsed()
    );
    assert_eq!(
        fake.requests(),
        asked,
        "the open circuit spares the gateway"
    );
}
