//! Configuration: layering, validation naming each key, `callshadow config`.

use std::collections::HashMap;
use std::process::{Command, Output};
use std::time::Duration;

use callshadow::config::{ClosingCalls, ClosingChoice, LogFormat, Settings, Sources};

use crate::helpers::{load_settings, repo, start_binary};

/// Runs the binary in the repository with only `env` set.
pub fn run_binary(args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_callshadow"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_clear()
        .envs(env.iter().copied())
        .output()
        .expect("the binary runs")
}

#[test]
fn the_defaults_load_and_match_the_spec() {
    let settings = load_settings(&[]).unwrap();
    assert_eq!(settings.server.host.to_string(), "127.0.0.1");
    assert_eq!(settings.server.port, 8000);
    assert_eq!(settings.ws.max_message_bytes, 64 * 1024);
    assert_eq!(settings.ws.max_text_chars, 8000);
    assert_eq!(settings.sessions.timeout, Duration::from_secs(30 * 60));
    assert_eq!(settings.sessions.max_memory_messages, 50);
    assert_eq!(settings.log.format, LogFormat::Pretty);
    assert_eq!(settings.app_env, "development");
}

#[test]
fn environment_variables_override_the_files() {
    let settings = load_settings(&[
        ("MAX_SESSIONS", "5"),
        ("SESSION_TIMEOUT_MINUTES", "0.5"),
        (
            "CORS_ORIGINS",
            r#"["https://a.example","https://b.example"]"#,
        ),
    ])
    .unwrap();
    assert_eq!(settings.sessions.max_sessions, 5);
    assert_eq!(settings.sessions.timeout, Duration::from_secs(30));
    assert_eq!(
        settings.server.cors_origins,
        vec!["https://a.example", "https://b.example"]
    );
    let commas =
        load_settings(&[("CORS_ORIGINS", "https://a.example, https://b.example")]).unwrap();
    assert_eq!(commas.server.cors_origins.len(), 2);
}

#[test]
fn app_env_layers_its_file_over_the_defaults() {
    let settings = load_settings(&[("APP_ENV", "production"), ("ADMIN_API_KEY", "key")]).unwrap();
    assert_eq!(settings.server.host.to_string(), "0.0.0.0");
    assert_eq!(settings.log.format, LogFormat::Json);
    let error = load_settings(&[("APP_ENV", "staging")])
        .unwrap_err()
        .to_string();
    assert!(error.contains("APP_ENV"), "{error}");
}

#[test]
fn every_bad_value_is_reported_with_its_key() {
    let error = load_settings(&[
        ("PORT", "eighty"),
        ("MAX_SESSIONS", "0"),
        ("LOG_FORMAT", "xml"),
        ("SESSION_TIMEOUT_MINUTES", "-1"),
        ("LOG_LEVEL", "loud=???"),
        ("LLM_PROVIDER", "watson"),
        ("HOST", "not-an-ip"),
    ])
    .unwrap_err()
    .to_string();
    for key in [
        "PORT",
        "MAX_SESSIONS",
        "LOG_FORMAT",
        "SESSION_TIMEOUT_MINUTES",
        "LOG_LEVEL",
        "LLM_PROVIDER",
        "HOST",
    ] {
        assert!(
            error.contains(&format!("{key}:")),
            "{key} missing from:\n{error}"
        );
    }
}

#[test]
fn a_dotenv_file_sits_between_the_files_and_the_environment() {
    let dir = std::env::temp_dir().join(format!("callshadow-dotenv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let dotenv = dir.join(".env");
    std::fs::write(&dotenv, "MAX_SESSIONS=7\nMAX_TEXT_CHARS=99\n").unwrap();
    let mut sources = Sources::with_env(
        repo("config"),
        HashMap::from([("MAX_TEXT_CHARS".to_owned(), "123".to_owned())]),
    );
    sources.dotenv = Some(dotenv);
    let settings = Settings::load(&sources).unwrap();
    assert_eq!(settings.sessions.max_sessions, 7, ".env beats the files");
    assert_eq!(
        settings.ws.max_text_chars, 123,
        "the environment beats .env"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn an_unknown_key_in_a_file_is_refused_by_name() {
    let dir = std::env::temp_dir().join(format!("callshadow-typo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let defaults = std::fs::read_to_string(repo("config/default.toml")).unwrap();
    std::fs::write(
        dir.join("default.toml"),
        format!("{defaults}\nmax_sesions = 3\n"),
    )
    .unwrap();
    let error = Settings::load(&Sources::with_env(&dir, HashMap::new()))
        .unwrap_err()
        .to_string();
    assert!(error.contains("MAX_SESIONS"), "{error}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_config_command_prints_the_effective_configuration_with_secrets_redacted() {
    let output = run_binary(
        &["config"],
        &[
            ("ADMIN_API_KEY", "hunter2-operator"),
            ("MAX_SESSIONS", "12"),
        ],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("MAX_SESSIONS = 12"), "{stdout}");
    assert!(stdout.contains("ADMIN_API_KEY = [redacted]"), "{stdout}");
    assert!(!stdout.contains("hunter2"), "the secret leaked:\n{stdout}");
}

#[test]
fn the_config_command_exits_non_zero_naming_the_bad_key() {
    let output = run_binary(&["config"], &[("MAX_TEXT_CHARS", "lots")]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("MAX_TEXT_CHARS"), "{stderr}");
}

#[test]
fn the_server_refuses_to_start_on_a_bad_value_naming_the_key() {
    let output = run_binary(&[], &[("PORT", "99999")]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("PORT"), "{stderr}");
}

#[test]
fn prompt_and_closing_settings_have_their_defaults_and_are_checked() {
    let settings = load_settings(&[]).unwrap();
    let agents = &settings.agents;
    assert_eq!(agents.closing_detector_prompt_version, "v1");
    assert!((agents.closing_threshold - 0.7).abs() < f64::EPSILON);
    assert!(!agents.ab_testing);
    assert_eq!(
        (agents.ab_split, agents.ab_alternative.as_str()),
        (50, "v2")
    );
    assert_eq!(agents.prompt_reload_debounce, Duration::from_millis(200));
    assert_eq!(agents.closing_provider, ClosingChoice::Auto);
    assert_eq!(agents.closing_llm_calls, ClosingCalls::Candidates);
    let every = load_settings(&[("CLOSING_DETECTOR_LLM_CALLS", "every")]).unwrap();
    assert_eq!(every.agents.closing_llm_calls, ClosingCalls::Every);

    let bad = [
        ("CLOSING_DETECTOR_LLM_CALLS", "sometimes"),
        ("CLOSING_THRESHOLD", "1.5"),
        ("PROMPT_AB_TEST_SPLIT", "101"),
        ("CLOSING_DETECTOR_PROVIDER", "oracle"),
        ("CLOSING_DETECTOR_PROMPT_VERSION", ""),
        ("PROMPT_RELOAD_DEBOUNCE_MS", "0"),
        ("ENABLE_PROMPT_AB_TESTING", "maybe"),
    ];
    let error = load_settings(&bad).unwrap_err().to_string();
    for (key, _) in bad {
        assert!(
            error.contains(&format!("{key}:")),
            "{key} missing from:\n{error}"
        );
    }
    let same = load_settings(&[
        ("ENABLE_PROMPT_AB_TESTING", "true"),
        ("PROMPT_AB_ALTERNATIVE", "v1"),
    ])
    .unwrap_err()
    .to_string();
    assert!(
        same.contains("PROMPT_AB_ALTERNATIVE: must differ"),
        "{same}"
    );
    let on = load_settings(&[
        ("ENABLE_PROMPT_AB_TESTING", "true"),
        ("PROMPT_AB_TEST_SPLIT", "20"),
    ])
    .unwrap();
    assert!(on.agents.ab_testing && on.agents.ab_split == 20);
}

#[test]
fn access_and_store_settings_have_their_defaults_and_bad_values_name_their_keys() {
    let settings = load_settings(&[]).unwrap();
    let access = &settings.access;
    assert!(!access.requires_client_auth() && !access.require_resume_token);
    assert_eq!(access.max_sessions_per_ip, Some(200));
    assert_eq!(
        access.creations_per_minute_per_ip.map(|n| n.get()),
        Some(120)
    );
    assert_eq!(access.empty_session_ttl, Duration::from_secs(60));
    assert!(access.operator_cors_origins.is_empty());
    assert_eq!(settings.store.session_ttl, Duration::from_secs(86_400));
    assert!(settings.store.redis_url.is_none());
    let production = load_settings(&[("APP_ENV", "production"), ("ADMIN_API_KEY", "key")]).unwrap();
    assert!(production.access.require_resume_token, "on in production");

    let error = load_settings(&[
        ("WS_API_KEYS", "alice:short, no-colon"),
        ("JWT_SECRET", "too-short"),
        ("TRUSTED_PROXIES", "10.0.0.0/8, not-an-address"),
        ("REDIS_URL", "http://not-redis"),
        ("EMPTY_SESSION_TTL_SECONDS", "0"),
        ("INSTANCE_ID", "has space"),
    ])
    .unwrap_err()
    .to_string();
    for key in [
        "WS_API_KEYS",
        "JWT_SECRET",
        "TRUSTED_PROXIES",
        "REDIS_URL",
        "EMPTY_SESSION_TTL_SECONDS",
        "INSTANCE_ID",
    ] {
        assert!(error.contains(key), "{key} not named in: {error}");
    }
    assert!(
        !error.contains("too-short") && !error.contains("alice:short"),
        "no secret in the message: {error}"
    );
}

#[test]
fn the_config_command_hides_the_redis_password_and_client_secrets() {
    let output = run_binary(
        &["config"],
        &[
            (
                "REDIS_URL",
                "redis://:hunter2-password@redis.internal:6379/0",
            ),
            ("WS_API_KEYS", "alice:alice-key-0123456789"),
            ("JWT_SECRET", "jwt-secret-of-at-least-32-bytes-long"),
        ],
    );
    let printed = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{printed}");
    assert!(printed.contains("redis.internal"), "{printed}");
    for secret in [
        "hunter2-password",
        "alice-key-0123456789",
        "jwt-secret-of-at-least",
    ] {
        assert!(!printed.contains(secret), "{secret} printed");
    }
}

#[test]
fn a_duration_too_large_for_the_clock_exits_2_naming_its_key_instead_of_panicking() {
    for (key, value) in [
        ("SESSION_TIMEOUT_MINUTES", "1e18"),
        ("SESSION_CLEANUP_INTERVAL", "1e300"),
        ("PING_INTERVAL", "1e20"),
        ("PONG_TIMEOUT", "1e20"),
        ("CIRCUIT_BREAKER_TIMEOUT", "1e30"),
        ("SESSION_TIMEOUT_MINUTES", "600000"),
    ] {
        let output = run_binary(&["config"], &[(key, value)]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{key}={value}: {stderr}");
        assert!(stderr.contains(key), "{key}={value}: {stderr}");
        assert!(!stderr.contains("panicked"), "{key}={value}: {stderr}");
    }
}

#[test]
fn the_config_command_prints_llm_urls_without_their_user_and_password() {
    let output = run_binary(
        &["config"],
        &[
            (
                "OPENAI_BASE_URL",
                "https://alice:hunter2-openai@llm.internal/v1",
            ),
            ("AIYOU_BASE_URL", "https://bob:hunter2-aiyou@aiyou.internal"),
        ],
    );
    let printed = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{printed}");
    assert!(printed.contains("llm.internal/v1"), "{printed}");
    assert!(printed.contains("aiyou.internal"), "{printed}");
    for secret in ["hunter2-openai", "hunter2-aiyou", "alice", "bob"] {
        assert!(!printed.contains(secret), "{secret} printed:\n{printed}");
    }

    let output = run_binary(
        &["config"],
        &[("OPENAI_BASE_URL", "ftp://carol:hunter2-bad@x")],
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr.contains("OPENAI_BASE_URL"), "{stderr}");
    assert!(
        !stderr.contains("hunter2-bad"),
        "a bad URL is not echoed: {stderr}"
    );
}

#[test]
fn llm_timeouts_left_unset_are_derived_from_the_suggestion_deadline() {
    let defaults = load_settings(&[]).unwrap().llm;
    assert_eq!(defaults.deadline, Duration::from_millis(6000));
    assert_eq!(
        (defaults.timeout, defaults.ttft_timeout),
        (Duration::from_millis(4000), Duration::from_millis(2000)),
        "the defaults of before, now derived"
    );
    let short = load_settings(&[("SUGGESTION_DEADLINE_MS", "2500")])
        .unwrap()
        .llm;
    assert_eq!(
        (short.timeout, short.ttft_timeout),
        (Duration::from_millis(1666), Duration::from_millis(833))
    );
    assert!(short.timeout < short.deadline && short.ttft_timeout < short.deadline);
    let explicit = load_settings(&[
        ("SUGGESTION_DEADLINE_MS", "2500"),
        ("LLM_TIMEOUT_MS", "2000"),
        ("LLM_TTFT_TIMEOUT_MS", ""),
    ])
    .unwrap()
    .llm;
    assert_eq!(
        (explicit.timeout, explicit.ttft_timeout),
        (Duration::from_millis(2000), Duration::from_millis(833)),
        "an explicit value is kept; an empty one is derived"
    );
    let output = run_binary(&["config"], &[("SUGGESTION_DEADLINE_MS", "2500")]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("LLM_TIMEOUT_MS = 1666  # derived from SUGGESTION_DEADLINE_MS"),
        "{stdout}"
    );
}

#[test]
fn only_an_explicit_llm_timeout_that_conflicts_with_the_deadline_is_refused_naming_it() {
    for (key, value) in [("LLM_TIMEOUT_MS", "4000"), ("LLM_TTFT_TIMEOUT_MS", "2500")] {
        let env = [("SUGGESTION_DEADLINE_MS", "2500"), (key, value)];
        let output = run_binary(&["config"], &env);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{key}={value}: {stderr}");
        assert!(
            stderr.contains(&format!(
                "{key}: must be shorter than SUGGESTION_DEADLINE_MS"
            )),
            "{stderr}"
        );
        let other = if key == "LLM_TIMEOUT_MS" {
            "LLM_TTFT_TIMEOUT_MS"
        } else {
            "LLM_TIMEOUT_MS"
        };
        assert!(
            !stderr.contains(other),
            "only the conflicting key: {stderr}"
        );
    }
}

#[tokio::test]
async fn the_server_starts_with_a_short_suggestion_deadline_alone() {
    let server = start_binary(&[("SUGGESTION_DEADLINE_MS", "2500")]);
    let health = reqwest::get(format!("http://{}/health", server.address))
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
    server.stop().await;
}
