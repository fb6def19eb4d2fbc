//! The embedded analyzer's detection model, seen from a client: call speech the
//! cues alone miss gets its signal on a real socket, a prompts folder without the
//! model still gets the shipped one, an empty model turns it off, and a broken one
//! stops start-up naming its file and line.

use serde_json::{Value, json};
use tempfile::TempDir;

use crate::helpers::{client_says, copy_prompts, spawn_app, spawn_app_with, test_settings};
use crate::prompts::reloaded;
use callshadow::startup::Application;

/// ASR-style price objection the playbook's cues do not know.
const BRUTAL: &str = "ya know for a startup like us that price is kinda brutal";

/// What the local provider answers `text` with, on a server reading its prompts
/// from `dir`.
async fn answer_from(dir: &TempDir, text: &str) -> Value {
    let mut settings = test_settings();
    settings.agents.prompts_dir = dir.path().to_owned();
    let app = spawn_app_with(settings, None).await;
    let (mut client, _) = app.connect_init("").await;
    client.say(&client_says(text)).await
}

fn signals(answer: &Value) -> Vec<Value> {
    answer["data"]["signals_detected"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

#[tokio::test]
async fn call_speech_the_cues_miss_gets_its_signal_from_the_local_provider() {
    let app = spawn_app().await;
    let (mut client, _) = app.connect_init("").await;
    let answer = client.say(&client_says(BRUTAL)).await;
    assert_eq!(answer["type"], "suggestion", "{answer}");
    assert_eq!(answer["meta"]["source"], "local");
    assert!(
        signals(&answer).contains(&json!("price_objection")),
        "{answer}"
    );
    // Said worried, as its training line is tagged: the model reads the tags too
    // (told neutral, it scores the line under budget's threshold since batch 12).
    let worried = json!({ "text": "on a pas un rond en ce moment", "speaker": "client",
                          "sentiment": "negative", "emotion": "worried" });
    let french = client.say(&worried).await;
    assert!(signals(&french).contains(&json!("budget")), "{french}");
}

#[tokio::test]
async fn a_prompts_folder_without_the_model_gets_the_shipped_one() {
    let dir = copy_prompts();
    std::fs::remove_file(dir.path().join("analyzer_model.tsv")).unwrap();
    let answer = answer_from(&dir, BRUTAL).await;
    assert!(
        signals(&answer).contains(&json!("price_objection")),
        "{answer}"
    );
}

/// Rewrites the model file of `dir` without its features (the model turned off).
fn turn_the_model_off(dir: &TempDir) {
    let model = dir.path().join("analyzer_model.tsv");
    let text = std::fs::read_to_string(&model).unwrap();
    let header: String = text
        .lines()
        .filter(|line| !line.starts_with("f\t"))
        .map(|line| format!("{line}\n"))
        .collect();
    std::fs::write(&model, header).unwrap();
}

#[tokio::test]
async fn a_model_without_features_turns_it_off() {
    let dir = copy_prompts();
    turn_the_model_off(&dir);
    let answer = answer_from(&dir, BRUTAL).await;
    assert_eq!(answer["type"], "suggestion", "{answer}");
    assert!(signals(&answer).is_empty(), "{answer}");
    let cue = answer_from(&dir, "Honestly this is too expensive for us.").await;
    assert!(signals(&cue).contains(&json!("price_objection")), "{cue}");
}

#[tokio::test]
async fn an_edited_model_is_used_without_a_restart() {
    let dir = copy_prompts();
    let mut settings = test_settings();
    settings.agents.prompts_dir = dir.path().to_owned();
    let app = spawn_app_with(settings, None).await;
    let (mut client, _) = app.connect_init("").await;
    let before = client.say(&client_says(BRUTAL)).await;
    assert!(
        signals(&before).contains(&json!("price_objection")),
        "{before}"
    );
    turn_the_model_off(&dir);
    assert!(
        reloaded(&app.http, &app.url("/prompts"), 0).await,
        "reloaded"
    );
    let after = client.say(&client_says(BRUTAL)).await;
    assert!(signals(&after).is_empty(), "{after}");
}

#[tokio::test]
async fn a_broken_model_stops_start_up_naming_its_file_and_line() {
    let dir = copy_prompts();
    let model = dir.path().join("analyzer_model.tsv");
    let text = std::fs::read_to_string(&model).unwrap();
    std::fs::write(&model, text.replacen("threshold\t", "threshold\tNaN ", 1)).unwrap();
    let mut settings = test_settings();
    settings.agents.prompts_dir = dir.path().to_owned();
    let error = format!("{:#}", Application::build(settings).await.unwrap_err());
    assert!(error.contains("analyzer_model.tsv"), "{error}");
    assert!(
        error.contains("line 6: 10 numbers expected, 11 found"),
        "{error}"
    );
}
