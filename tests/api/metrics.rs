//! Prometheus metrics (ENABLE_METRICS), scraped from the real binary (its own
//! process, so its recorder counts its conversations only) and read with a
//! Prometheus text parser: a conversation moves every series it should, by
//! label; histograms have the configured buckets; labels never carry a session
//! or user id; metrics are off by default, and never on the public port.

use callshadow::metrics::LATENCY_BUCKETS;
use serde_json::{Value, json};

use crate::fake_llm::{DEFAULT_SUGGESTION, FakeLlm, Step};
use crate::helpers::{
    Client, Metrics, RedisServer, Server, client_says, listening_ports, load_settings,
    openai_binary, scrape, start_binary, wait_for,
};

/// The fake's usage report: prompt tokens, of which cached.
const PROMPT_TOKENS: u64 = 1200;
const CACHED_TOKENS: u64 = 1024;
/// The breaker opens after this many failed attempts: one message's four.
const THRESHOLD: &str = "4";

/// The binary asking `fake` (the closing detector local), metrics on a free port.
fn metrics_binary(fake: &FakeLlm, extra: &[(&str, &str)]) -> Server {
    let mut env = vec![
        ("RETRY_INITIAL_DELAY_MS", "10"),
        ("RETRY_MAX_DELAY_MS", "50"),
        ("CIRCUIT_BREAKER_THRESHOLD", THRESHOLD),
        ("ENABLE_METRICS", "true"),
        ("METRICS_PORT", "0"),
    ];
    env.extend_from_slice(extra);
    openai_binary(fake, &env)
}

/// A connection to `server` with `query`, and its `session_init`.
async fn connect(server: &Server, query: &str) -> (Client, Value) {
    let url = format!("ws://{}/ws/conversation?{query}", server.address);
    let (ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    let mut client = Client::from_stream(ws);
    let init = client.recv_json().await;
    assert_eq!(init["type"], "session_init");
    (client, init)
}

/// One message of each kind: an LLM suggestion, a frame that is not a message,
/// an LLM failing for good (the circuit then opens), an open-circuit fallback
/// with a closing opportunity.
async fn converse(client: &mut Client, fake: &FakeLlm) {
    let answer = client
        .say(&client_says("How does onboarding work for forty agents?"))
        .await;
    assert_eq!(answer["meta"]["source"], "llm", "{answer}");
    let invalid = client.say(&json!({ "text": "no speaker" })).await;
    assert_eq!(invalid["error_code"], "VALIDATION_ERROR", "{invalid}");
    fake.push_n(4, Step::status(503));
    let failed = client
        .say(&client_says("And what about the reporting?"))
        .await;
    assert_eq!(failed["error_code"], "LLM_ERROR", "{failed}");
    assert_eq!(failed["details"]["attempts"], 4, "{failed}");
    let closing_text = "Great, send me the contract today, we are ready to sign.";
    let fallback = client.say(&client_says(closing_text)).await;
    assert_eq!(fallback["meta"]["source"], "fallback", "{fallback}");
    let closing = client.recv_json().await;
    assert_eq!(closing["type"], "closing", "{closing}");
}

#[tokio::test]
async fn a_conversation_moves_its_series_by_label_in_a_scrape_prometheus_can_read() {
    let fake = FakeLlm::start().await;
    fake.set_usage(PROMPT_TOKENS as usize, CACHED_TOKENS as usize);
    let server = metrics_binary(&fake, &[]);
    let metrics_address = server.metrics_address.clone().expect("metrics are on");
    let (mut client, _) = connect(&server, "").await;
    converse(&mut client, &fake).await;

    let metrics = scrape(&metrics_address).await;

    let upstream = upstream_label(&fake);
    assert_frames_and_messages(&metrics);
    assert_llm_series(&metrics, &upstream);
    assert_latency_histograms(&metrics, &upstream);
    assert_eq!(metrics.get("callshadow_ws_connections_active", &[]), 1.0);
    assert_eq!(metrics.get("callshadow_sessions_active", &[]), 1.0);
    assert!(metrics.get("callshadow_http_connections_open", &[]) >= 1.0);
    client.close().await;
    server.stop().await;
}

fn assert_frames_and_messages(metrics: &Metrics) {
    let v1 = ("prompt_version", "v1");
    assert_eq!(metrics.get("callshadow_messages_accepted_total", &[]), 3.0);
    let errors = "callshadow_error_frames_total";
    assert_eq!(
        metrics.get(errors, &[("error_code", "VALIDATION_ERROR")]),
        1.0
    );
    assert_eq!(metrics.get(errors, &[("error_code", "LLM_ERROR")]), 1.0);
    let suggestions = "callshadow_suggestions_total";
    assert_eq!(metrics.get(suggestions, &[v1, ("source", "llm")]), 1.0);
    assert_eq!(metrics.get(suggestions, &[v1, ("source", "fallback")]), 1.0);
    assert_eq!(metrics.value(suggestions, &[v1, ("source", "local")]), None);
    let answer_errors = "callshadow_answer_errors_total";
    assert_eq!(
        metrics.get(answer_errors, &[v1, ("error_code", "LLM_ERROR")]),
        1.0
    );
    let closing = "callshadow_closing_frames_total";
    assert_eq!(metrics.get(closing, &[v1, ("source", "local")]), 1.0);
    let assigned = "callshadow_prompt_sessions_assigned_total";
    assert_eq!(metrics.get(assigned, &[v1]), 1.0);
    let fallbacks = |reason| {
        let labels = [("agent", "orchestrator"), ("reason", reason)];
        metrics.get("callshadow_agent_fallbacks_total", &labels)
    };
    assert_eq!(fallbacks("llm_error"), 1.0);
    assert_eq!(fallbacks("circuit_open"), 1.0);
}

/// How the metrics name the fake's upstream: `provider:model@host:port/path`.
pub(crate) fn upstream_label(fake: &FakeLlm) -> String {
    let place = fake.openai_base_url().replace("http://", "");
    format!("openai:gpt-4o-mini@{place}")
}

fn assert_llm_series(metrics: &Metrics, upstream: &str) {
    let agent = [
        ("agent", "orchestrator"),
        ("provider", "openai"),
        ("upstream", upstream),
    ];
    let requests = |outcome| {
        let labels = [agent[0], agent[1], agent[2], ("outcome", outcome)];
        metrics.get("callshadow_llm_requests_total", &labels)
    };
    assert_eq!(requests("success"), 1.0);
    assert_eq!(requests("server_error"), 4.0);
    assert_eq!(requests("circuit_open"), 1.0);
    assert_eq!(metrics.get("callshadow_llm_retries_total", &agent), 3.0);
    let circuit = [("provider", "openai"), ("upstream", upstream)];
    assert_eq!(metrics.get("callshadow_llm_circuit_state", &circuit), 2.0);
    assert_eq!(
        metrics.samples("callshadow_llm_circuit_state").count(),
        1,
        "one circuit state per upstream, not per agent"
    );
    let tokens = |kind| {
        let labels = [agent[0], agent[1], agent[2], ("kind", kind)];
        metrics.get("callshadow_llm_tokens_total", &labels)
    };
    assert_eq!(tokens("prompt"), PROMPT_TOKENS as f64);
    assert_eq!(tokens("cached"), CACHED_TOKENS as f64);
    let completion = DEFAULT_SUGGESTION.len().div_ceil(4);
    assert_eq!(tokens("completion"), completion as f64);
}

fn assert_latency_histograms(metrics: &Metrics, upstream: &str) {
    let upstream = [
        ("agent", "orchestrator"),
        ("provider", "openai"),
        ("upstream", upstream),
    ];
    let histograms = [
        (
            "callshadow_suggestion_latency_seconds",
            &[("prompt_version", "v1")][..],
            3.0,
        ),
        (
            "callshadow_llm_request_duration_seconds",
            &upstream[..],
            5.0,
        ),
    ];
    for (name, labels, count) in histograms {
        let buckets = metrics.buckets(name, labels);
        let bounds: Vec<f64> = buckets.iter().map(|b| b.less_than).collect();
        let mut expected = LATENCY_BUCKETS.to_vec();
        expected.push(f64::INFINITY);
        assert_eq!(bounds, expected, "{name}");
        assert!(
            buckets.windows(2).all(|w| w[0].count <= w[1].count),
            "{name}"
        );
        assert_eq!(buckets.last().unwrap().count, count, "{name}");
        assert_eq!(
            metrics.get(&format!("{name}_count"), labels),
            count,
            "{name}"
        );
        assert!(metrics.get(&format!("{name}_sum"), labels) > 0.0, "{name}");
    }
}

#[tokio::test]
async fn the_prompts_route_and_the_metrics_count_the_same_outcomes() {
    let fake = FakeLlm::start().await;
    let server = metrics_binary(&fake, &[]);
    let (mut client, _) = connect(&server, "").await;
    converse(&mut client, &fake).await;

    let metrics = scrape(server.metrics_address.as_deref().unwrap()).await;
    let prompts = server.get_json("/prompts").await;

    let v1 = &prompts["orchestrator"]["outcomes"]["v1"];
    let version = ("prompt_version", "v1");
    for source in ["llm", "fallback"] {
        let counted = metrics.get(
            "callshadow_suggestions_total",
            &[version, ("source", source)],
        );
        assert_eq!(v1["suggestions"][source].as_f64(), Some(counted), "{v1}");
    }
    let errors = metrics.get(
        "callshadow_answer_errors_total",
        &[version, ("error_code", "LLM_ERROR")],
    );
    assert_eq!(v1["errors"]["LLM_ERROR"].as_f64(), Some(errors), "{v1}");
    let closing = metrics.get(
        "callshadow_closing_frames_total",
        &[version, ("source", "local")],
    );
    assert_eq!(v1["closing_opportunities"].as_f64(), Some(closing), "{v1}");
    let latency = metrics.get("callshadow_suggestion_latency_seconds_count", &[version]);
    assert_eq!(v1["replies"].as_f64(), Some(latency), "{v1}");
    client.close().await;
    server.stop().await;
}

#[tokio::test]
async fn labels_never_carry_a_session_id_or_a_user_id() {
    let fake = FakeLlm::start().await;
    let server = metrics_binary(&fake, &[]);
    let mut ids = Vec::new();
    for n in 0..3 {
        let query = format!("session_id=metrics-session-{n:04}&user_id=metrics-user-{n}");
        let (mut client, init) = connect(&server, &query).await;
        ids.push(init["session_id"].as_str().unwrap().to_owned());
        ids.push(format!("metrics-user-{n}"));
        client
            .say(&client_says("Could you tell me more about the reports?"))
            .await;
        client.say(&json!({ "text": 1 })).await;
        client.close().await;
    }

    let metrics = scrape(server.metrics_address.as_deref().unwrap()).await;

    assert_eq!(metrics.get("callshadow_messages_accepted_total", &[]), 3.0);
    for (name, value) in metrics.labels() {
        assert!(
            !name.contains("session") && !name.contains("user"),
            "{name}"
        );
        assert!(
            ids.iter().all(|id| !value.contains(id.as_str())),
            "{name}={value}"
        );
    }
    assert!(ids.iter().all(|id| !metrics.text.contains(id.as_str())));
    server.stop().await;
}

#[tokio::test]
async fn the_public_port_never_serves_metrics_and_the_metrics_port_only_metrics() {
    let fake = FakeLlm::start().await;
    let server = metrics_binary(&fake, &[]);
    let metrics_address = server.metrics_address.clone().unwrap();

    let public = reqwest::get(format!("http://{}/metrics", server.address))
        .await
        .unwrap();
    let health = reqwest::get(format!("http://{metrics_address}/health"))
        .await
        .unwrap();

    assert_eq!(public.status(), 404);
    assert_eq!(
        health.status(),
        404,
        "the metrics listener serves /metrics only"
    );
    let ports = listening_ports(server.pid());
    let port = |address: &str| address.rsplit(':').next().unwrap().parse::<u16>().unwrap();
    let expected = [port(&server.address), port(&metrics_address)];
    assert_eq!(ports, expected.into_iter().collect());
    server.stop().await;
}

/// Whether a scrape of `address` shows `check` holding.
async fn eventually_scraped(address: &str, check: impl Fn(&Metrics) -> bool) -> bool {
    wait_for(|| async { check(&scrape(address).await) }).await
}

#[tokio::test]
#[cfg_attr(not(callshadow_redis), ignore = "needs redis-server (not installed)")]
async fn redis_going_away_shows_in_its_health_its_failures_and_the_writes_waiting() {
    let mut redis = RedisServer::start();
    let fake = FakeLlm::start().await;
    let url = redis.url();
    let env = [
        ("REDIS_URL", url.as_str()),
        ("REDIS_WRITE_TIMEOUT_MS", "50"),
    ];
    let server = metrics_binary(&fake, &env);
    let address = server.metrics_address.clone().unwrap();
    let (mut client, _) = connect(&server, "").await;
    client.say(&client_says("Before the outage.")).await;
    let up = |m: &Metrics| m.value("callshadow_redis_up", &[]) == Some(1.0);
    assert!(eventually_scraped(&address, up).await);

    redis.kill();
    for n in 1..=3 {
        client
            .say(&client_says(&format!("During the outage, {n}.")))
            .await;
    }

    let failing = |m: &Metrics| {
        let failures = [("operation", "write_batch")];
        m.value("callshadow_redis_up", &[]) == Some(0.0)
            && m.value("callshadow_redis_failures_total", &failures) >= Some(1.0)
            && m.value("callshadow_redis_writes_waiting", &[]) >= Some(3.0)
    };
    assert!(eventually_scraped(&address, failing).await);
    redis.restart();
    let flushed = |m: &Metrics| {
        up(m)
            && m.value("callshadow_redis_writes_waiting", &[]) == Some(0.0)
            && m.value("callshadow_redis_writes_given_up_total", &[]) == Some(0.0)
    };
    assert!(eventually_scraped(&address, flushed).await);
    client.close().await;
    server.stop().await;
}

#[tokio::test]
async fn metrics_are_off_by_default_and_then_nothing_more_listens() {
    let settings = load_settings(&[]).unwrap();
    assert!(!settings.metrics.enabled);
    assert_eq!(settings.metrics.port, 9090);
    assert_eq!(settings.metrics.host.to_string(), "127.0.0.1");

    let server = start_binary(&[]);

    assert_eq!(server.metrics_address, None);
    let public_port: u16 = server.address.rsplit(':').next().unwrap().parse().unwrap();
    assert_eq!(
        listening_ports(server.pid()),
        [public_port].into_iter().collect()
    );
    let public = reqwest::get(format!("http://{}/metrics", server.address))
        .await
        .unwrap();
    assert_eq!(public.status(), 404);
    server.stop().await;
}

#[test]
fn bad_metrics_settings_are_refused_naming_their_key() {
    let bad = [
        ("ENABLE_METRICS", "perhaps"),
        ("METRICS_HOST", "metrics.example"),
        ("METRICS_PORT", "70000"),
    ];
    let error = load_settings(&bad).unwrap_err().to_string();
    for (key, _) in bad {
        assert!(error.contains(key), "{key} not named in: {error}");
    }
    let same_port = [
        ("ENABLE_METRICS", "true"),
        ("PORT", "8000"),
        ("METRICS_PORT", "8000"),
    ];
    let error = load_settings(&same_port).unwrap_err().to_string();
    assert!(
        error.contains("METRICS_PORT: must differ from PORT"),
        "{error}"
    );
    let any_port = [
        ("ENABLE_METRICS", "yes"),
        ("PORT", "0"),
        ("METRICS_PORT", "0"),
    ];
    assert!(load_settings(&any_port).unwrap().metrics.enabled);
}
