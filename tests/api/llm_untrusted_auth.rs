//! The upstream is untrusted: hostile headers, redirects and refused credentials.
//! A `Retry-After` of any value never panics and failures still open the circuit;
//! a redirect is never followed (no password or key replayed to another host); a
//! refused AI.YOU log-in is remembered and backed off, and opens the circuit.

use callshadow::config::ProviderChoice;
use secrecy::SecretString;
use serde_json::Value;

use crate::fake_llm::{DEFAULT_SUGGESTION, FakeLlm, Reply, Step};
use crate::helpers::{API_KEY, CapturedLogs, PASSWORD, TestApp, client_says, spawn_llm_app};

/// Whether `answer` is the fallback given while the circuit is open.
fn is_open_circuit_fallback(answer: &Value) -> bool {
    answer["type"] == "suggestion" && answer["meta"]["source"] == "fallback"
}

/// Sends `n` messages on one connection; the answers.
async fn say_n(app: &TestApp, n: usize) -> Vec<Value> {
    let (mut client, _) = app.connect_init("").await;
    let mut answers = Vec::new();
    for i in 0..n {
        answers.push(client.say(&client_says(&format!("Message {i}"))).await);
    }
    answers
}

#[tokio::test]
async fn a_retry_after_of_1e20_panics_nothing_and_the_circuit_opens_at_its_threshold() {
    let (logs, _guard) = CapturedLogs::start();
    let app = spawn_llm_app(ProviderChoice::OpenAi, |settings| {
        settings.llm.breaker_threshold = 3;
    })
    .await;
    app.llm.set_default(Step::retry_after(429, "1e20"));

    let answers = say_n(&app, 3).await;

    assert_eq!(answers[0]["error_code"], "LLM_ERROR", "{}", answers[0]);
    assert_eq!(answers[0]["details"]["cause"], "rate_limited");
    assert_eq!(app.get("/ready").await.1["llm_circuit"], "open");
    assert!(
        answers[1..].iter().all(is_open_circuit_fallback),
        "{answers:?}"
    );
    assert_eq!(app.llm.requests(), 3, "three failed attempts, then none");
    let text = logs.text();
    assert!(!text.contains("panicked"), "no panic was caught:\n{text}");
}

#[tokio::test]
async fn hostile_retry_after_values_are_read_without_a_panic_and_the_call_is_retried() {
    let (logs, _guard) = CapturedLogs::start();
    let app = spawn_llm_app(ProviderChoice::OpenAi, |_| {}).await;
    let hostile = [
        "-1",
        "NaN",
        "inf",
        "-inf",
        "1e309",
        "18446744073709551616",
        "0x10",
        "soon",
        "",
        "Fri, 31 Dec 9999 23:59:59 GMT",
        "Thu, 01 Jan 1970 00:00:00 GMT",
    ];
    for value in hostile {
        app.llm.push(Step::retry_after(503, value));
        app.llm.push(Step::answer(DEFAULT_SUGGESTION));
    }

    let answers = say_n(&app, hostile.len()).await;

    for (value, answer) in hostile.iter().zip(&answers) {
        assert_eq!(
            answer["meta"]["source"], "llm",
            "Retry-After {value:?}: {answer}"
        );
    }
    assert_eq!(app.llm.requests(), 2 * hostile.len());
    assert!(!logs.text().contains("panicked"));
}

/// An AI.YOU app whose log-ins are redirected with `status` to `other`'s log-in.
async fn redirected_aiyou_app(status: u16, other: &FakeLlm) -> TestApp {
    let app = spawn_llm_app(ProviderChoice::AiYou, |settings| {
        settings.llm.breaker_threshold = 2;
    })
    .await;
    app.llm
        .redirect_login(Some((status, other.aiyou_login_url().as_str())));
    app
}

#[tokio::test]
async fn a_redirected_login_is_not_followed_the_password_stays_home_and_the_circuit_opens() {
    for status in [307, 308] {
        let (logs, _guard) = CapturedLogs::start();
        let other = FakeLlm::start().await;
        let app = redirected_aiyou_app(status, &other).await;

        let answers = say_n(&app, 4).await;

        assert_eq!(answers[0]["error_code"], "LLM_ERROR", "{}", answers[0]);
        assert_eq!(answers[0]["details"]["cause"], "redirect", "{}", answers[0]);
        assert_eq!(answers[1]["details"]["cause"], "redirect", "remembered");
        assert!(
            answers[2..].iter().all(is_open_circuit_fallback),
            "{answers:?}"
        );
        assert_eq!(app.get("/ready").await.1["llm_circuit"], "open");
        assert!(
            other.passwords_seen().is_empty(),
            "HTTP {status} replayed the password"
        );
        assert_eq!(other.login_attempts(), 0);
        let logins = app.llm.login_attempts();
        assert!(
            logins <= 2,
            "a failed log-in is backed off: {logins} for 4 messages"
        );
        assert_eq!(app.llm.requests(), 0);
        let shown = format!("{answers:?}{}", logs.text());
        assert!(!shown.contains(PASSWORD), "the password leaked");
    }
}

#[tokio::test]
async fn a_redirected_chat_is_not_followed_and_the_api_key_stays_home() {
    let (logs, _guard) = CapturedLogs::start();
    let other = FakeLlm::start().await;
    let app = spawn_llm_app(ProviderChoice::OpenAi, |_| {}).await;
    let location = format!("{}/chat/completions", other.openai_base_url());
    app.llm.set_default(Step::reply(Reply::Redirect {
        status: 307,
        location,
    }));

    let answer = app.ask("Hello").await;

    assert_eq!(answer["error_code"], "LLM_ERROR", "{answer}");
    assert_eq!(answer["details"]["cause"], "redirect");
    assert!(answer["fallback_suggestion"]["questions"].is_array());
    assert_eq!(
        other.requests(),
        0,
        "the request was not replayed elsewhere"
    );
    assert_eq!(app.llm.requests(), 1, "a redirect is not retried");
    assert!(!logs.text().contains(API_KEY));
}

#[tokio::test]
async fn bad_aiyou_credentials_are_backed_off_and_open_the_circuit() {
    let app = spawn_llm_app(ProviderChoice::AiYou, |settings| {
        settings.llm.aiyou.password = Some(SecretString::from("wrong"));
        settings.llm.breaker_threshold = 3;
    })
    .await;

    let answers = say_n(&app, 8).await;

    for answer in &answers[..3] {
        assert_eq!(answer["error_code"], "LLM_ERROR", "{answer}");
        assert_eq!(answer["details"]["cause"], "authentication");
    }
    assert!(
        answers[3..].iter().all(is_open_circuit_fallback),
        "{answers:?}"
    );
    assert_eq!(app.get("/ready").await.1["llm_circuit"], "open");
    assert!(
        app.llm.login_attempts() <= 2,
        "{} log-ins for 8 messages",
        app.llm.login_attempts()
    );
    assert_eq!(app.llm.requests(), 0);
}
