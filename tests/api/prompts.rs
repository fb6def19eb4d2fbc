//! Prompt files through the real server: version selection, validation at
//! start-up, hot reload on file change and on SIGHUP, refused broken edits.

use std::path::Path;

use callshadow::config::ProviderChoice;
use callshadow::startup::Application;
use serde_json::Value;

use crate::config::run_binary;
use crate::fake_llm::FakeLlm;
use crate::helpers::{
    Client, TestApp, client_says, copy_prompts, edit_file, spawn_llm_app, start_binary,
    test_settings, wait_for,
};

/// The prompt of the fake's latest chat request.
pub fn last_prompt(fake: &FakeLlm) -> String {
    let recorded = fake.recorded();
    let last = recorded.last().expect("the fake saw a request");
    last.body["messages"][0]["content"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// The 1-based line of the first line of `text` containing `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

/// What `/prompts` says of reloads at `url`: how many succeeded, and the last error.
async fn reloads(http: &reqwest::Client, url: &str) -> (u64, Option<String>) {
    let status: Value = http.get(url).send().await.unwrap().json().await.unwrap();
    let count = status["reloads"].as_u64().unwrap();
    (
        count,
        status["last_reload_error"].as_str().map(str::to_owned),
    )
}

/// Waits until the server at `url` (its `/prompts`) has reloaded successfully
/// more than `after` times and holds no reload error.
pub(crate) async fn reloaded(http: &reqwest::Client, url: &str, after: u64) -> bool {
    wait_for(|| async { matches!(reloads(http, url).await, (n, None) if n > after) }).await
}

#[tokio::test]
async fn v2_and_v3_are_selected_by_orchestrator_prompt_version_and_reach_the_llm() {
    for (version, marker) in [("v2", "## Examples"), ("v3", "Sales-call copilot")] {
        let app = spawn_llm_app(ProviderChoice::OpenAi, |settings| {
            settings.agents.orchestrator_prompt_version = version.to_owned();
        })
        .await;
        let fake = &app.llm;
        let (mut client, init) = app.connect_init("").await;
        assert_eq!(init["prompt_version"], version);
        client
            .say(&client_says("We are comparing you with Salesforce."))
            .await;
        let answer = client.say(&client_says("Is it expensive?")).await;
        assert_eq!(answer["meta"]["prompt_version"], version, "{answer}");
        let prompt = last_prompt(fake);
        assert!(prompt.contains(marker), "{version}:\n{prompt}");
        assert!(prompt.contains("Is it expensive?"), "{version}:\n{prompt}");
        let earlier = match version {
            "v2" => "[client] (neutral, neutral): We are comparing you with Salesforce.",
            _ => "C(neu,neutral): We are comparing you with Salesforce.",
        };
        assert!(prompt.contains(earlier), "{version}:\n{prompt}");
        if version == "v2" {
            assert!(
                prompt.contains("{\n  \"questions\": ["),
                "{{ }} are literal braces"
            );
        }
    }
}

#[tokio::test]
async fn an_invalid_template_stops_start_up_naming_its_file_and_line() {
    let dir = copy_prompts();
    let v2 = dir.path().join("orchestrator/v2.txt");
    edit_file(&v2, |t| {
        t.replacen("## Statistics", "## Statistics of {client_name}", 1)
    });
    let line = line_of(&std::fs::read_to_string(&v2).unwrap(), "{client_name}");
    let mut settings = test_settings();
    settings.agents.prompts_dir = dir.path().to_owned();

    let error = format!("{:#}", Application::build(settings).await.unwrap_err());

    let expected = format!("v2.txt:{line}: unknown placeholder {{client_name}}");
    assert!(error.contains(&expected), "{error}");
    let prompts_dir = dir.path().to_str().unwrap();
    let output = run_binary(&[], &[("PORT", "0"), ("PROMPTS_DIR", prompts_dir)]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "the binary refuses to start");
    assert!(stderr.contains(&expected), "{stderr}");
    assert_said_once_per_line(&stderr, &expected);
}

/// `expected` is said at most once on each line of `stderr` (the log line and
/// the plain message each say it), not repeated by the error's chain.
fn assert_said_once_per_line(stderr: &str, expected: &str) {
    let repeated = stderr
        .lines()
        .any(|line| line.matches(expected).count() > 1);
    assert!(!repeated, "{stderr}");
}

#[test]
fn a_missing_prompts_folder_stops_start_up_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-prompts");
    let output = run_binary(
        &[],
        &[("PORT", "0"), ("PROMPTS_DIR", missing.to_str().unwrap())],
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "the binary refuses to start");
    let expected = format!(
        "{}: cannot read the folder",
        missing.join("orchestrator").display()
    );
    let said = stderr
        .lines()
        .filter(|line| line.contains(&expected))
        .count();
    // The log line and the plain message, each once, with no line number.
    assert_eq!(said, 2, "{stderr}");
    assert_said_once_per_line(&stderr, &expected);
}

/// A change to the settings.
type Change = fn(&mut callshadow::config::Settings);

#[tokio::test]
async fn a_missing_placeholder_or_a_missing_configured_version_stops_start_up() {
    let dir = copy_prompts();
    let closing = dir.path().join("closing_detector/v1.txt");
    edit_file(&closing, |t| {
        t.replace("{format_instructions}", "Answer in JSON.")
    });
    let mut settings = test_settings();
    settings.agents.prompts_dir = dir.path().to_owned();
    let error = format!("{:#}", Application::build(settings).await.unwrap_err());
    assert!(error.contains("closing_detector/v1.txt:"), "{error}");
    assert!(
        error.contains("missing required placeholder {format_instructions} (or {compact_format})"),
        "{error}"
    );
    assert_eq!(
        error.matches("missing required").count(),
        1,
        "said once: {error}"
    );

    let cases: [(&str, Change); 3] = [
        ("ORCHESTRATOR_PROMPT_VERSION", |s| {
            s.agents.orchestrator_prompt_version = "v7".into()
        }),
        ("PROMPT_AB_ALTERNATIVE", |s| {
            s.agents.ab_testing = true;
            s.agents.ab_alternative = "v9".into();
        }),
        ("CLOSING_DETECTOR_PROMPT_VERSION", |s| {
            s.agents.closing_detector_prompt_version = "v4".into()
        }),
    ];
    for (key, change) in cases {
        let mut settings = test_settings();
        change(&mut settings);
        let error = format!("{:#}", Application::build(settings).await.unwrap_err());
        assert!(error.contains(&format!("{key}: no ")), "{error}");
        assert!(error.contains("found: v1"), "{error}");
    }
}

/// A server on a temporary copy of the prompts, asking the fake LLM, with a client
/// that has sent one message.
async fn reloadable_app() -> (tempfile::TempDir, TestApp, Client) {
    let dir = copy_prompts();
    let prompts_dir = dir.path().to_owned();
    let app = spawn_llm_app(ProviderChoice::OpenAi, |settings| {
        settings.agents.prompts_dir = prompts_dir;
    })
    .await;
    let (mut client, _) = app.connect_init("").await;
    client.say(&client_says("Hello")).await;
    (dir, app, client)
}

#[tokio::test]
async fn an_edited_template_is_used_within_seconds_without_a_restart() {
    let (dir, app, mut client) = reloadable_app().await;
    assert!(!last_prompt(&app.llm).contains("RELOAD-MARKER"));

    let v1 = dir.path().join("orchestrator/v1.txt");
    edit_file(&v1, |t| format!("RELOAD-MARKER: answer briefly.\n{t}"));

    assert!(
        reloaded(&app.http, &app.url("/prompts"), 0).await,
        "reloaded within 5 s"
    );
    client.say(&client_says("Hello again")).await;
    let prompt = last_prompt(&app.llm);
    assert!(
        prompt.starts_with("RELOAD-MARKER"),
        "the edited v1 reached the LLM: {prompt}"
    );
}

#[tokio::test]
async fn a_broken_edit_is_refused_and_the_last_good_prompt_keeps_serving() {
    let (dir, app, mut client) = reloadable_app().await;
    let fake = &app.llm;
    let good = last_prompt(fake);

    let v1 = dir.path().join("orchestrator/v1.txt");
    let original = std::fs::read_to_string(&v1).unwrap();
    edit_file(&v1, |t| format!("BROKEN {{customer}}\n{t}"));
    let error = wait_for_reload_error(&app).await;

    assert!(
        error.contains("v1.txt:1: unknown placeholder {customer}"),
        "{error}"
    );
    let answer = client.say(&client_says("Hello")).await;
    assert_eq!(answer["type"], "suggestion", "{answer}");
    let served = last_prompt(fake);
    assert!(!served.contains("BROKEN"), "{served}");
    assert_eq!(
        served.lines().next(),
        good.lines().next(),
        "the last good v1 still renders"
    );

    let (count, _) = reloads(&app.http, &app.url("/prompts")).await;
    std::fs::write(&v1, format!("FIXED\n{original}")).unwrap();
    assert!(reloaded(&app.http, &app.url("/prompts"), count).await);
    client.say(&client_says("Hello again")).await;
    assert!(
        last_prompt(fake).starts_with("FIXED"),
        "the fixed v1 serves"
    );
}

/// Waits until `/prompts` reports a reload error, and returns it.
async fn wait_for_reload_error(app: &TestApp) -> String {
    let url = app.url("/prompts");
    let failed = wait_for(|| async { reloads(&app.http, &url).await.1.is_some() }).await;
    assert!(failed, "no reload error reported within 5 s");
    reloads(&app.http, &url).await.1.unwrap()
}

/// Replaces the questions of the English price-objection entry of a playbook.
fn edit_price_questions(playbook: &Path) {
    edit_file(playbook, |text| {
        let start = text.find("[en.signals.price_objection]").unwrap();
        let list = start + text[start..].find("questions = [").unwrap();
        let end = list + text[list..].find(']').unwrap() + 1;
        let edited = r#"questions = ["Edited after SIGHUP: what budget did you plan?", "Edited after SIGHUP: what return do you expect?"]"#;
        format!("{}{edited}{}", &text[..list], &text[end..])
    });
}

#[tokio::test]
async fn sighup_reloads_the_playbook_of_the_running_binary() {
    let dir = copy_prompts();
    let prompts_dir = dir.path().to_str().unwrap();
    let env = [
        ("PROMPTS_DIR", prompts_dir),
        ("LLM_PROVIDER", "local"),
        ("PROMPT_RELOAD_DEBOUNCE_MS", "60000"),
    ];
    let mut server = start_binary(&env);
    let address = server.address.clone();
    let url = format!("ws://{address}/ws/conversation");
    let (ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    let mut client = Client::from_stream(ws);
    assert_eq!(client.recv_json().await["type"], "session_init");
    let expensive = client_says("This is too expensive for us.");
    let before = client.say(&expensive).await;
    assert!(
        !before.to_string().contains("Edited after SIGHUP"),
        "{before}"
    );

    edit_price_questions(&dir.path().join("playbook.toml"));
    let unchanged = client.say(&expensive).await;
    assert!(
        !unchanged.to_string().contains("Edited after SIGHUP"),
        "the file watch waits for its (long) debounce: {unchanged}"
    );
    server.signal("-HUP");

    let prompts = format!("http://{address}/prompts");
    assert!(
        reloaded(&reqwest::Client::new(), &prompts, 0).await,
        "reloaded on SIGHUP"
    );
    let after = client.say(&expensive).await;
    assert!(
        after.to_string().contains("Edited after SIGHUP"),
        "the playbook edit is served: {after}"
    );
    assert!(server.is_running(), "SIGHUP did not stop the server");
    server.stop().await;
}
