//! The prompt store itself: configured versions, and reloads that swap a whole
//! snapshot or nothing.

use std::sync::Arc;

use callshadow::agents::prompts::PromptKind;
use callshadow::agents::store::{PromptSnapshot, PromptStore, RequiredVersion};

use crate::helpers::{copy_prompts, edit_file};

fn required(version: &str) -> Vec<RequiredVersion> {
    vec![RequiredVersion {
        key: "ORCHESTRATOR_PROMPT_VERSION",
        kind: PromptKind::Orchestrator,
        version: version.to_owned(),
    }]
}

/// The v1 orchestrator template of `snapshot`, rendered with empty values.
fn v1(snapshot: &PromptSnapshot) -> String {
    let template = snapshot
        .prompts
        .get(PromptKind::Orchestrator, "v1")
        .unwrap();
    template.render(|_| String::new())
}

#[test]
fn a_missing_configured_version_names_its_key_and_the_versions_found() {
    let dir = copy_prompts();
    let error = PromptStore::load(dir.path(), required("v9"))
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("ORCHESTRATOR_PROMPT_VERSION: no orchestrator prompt v9"),
        "{error}"
    );
    assert!(error.contains("found: v1, v2, v3"), "{error}");
}

#[test]
fn a_reload_swaps_a_whole_new_snapshot_and_a_broken_one_keeps_the_last_good() {
    let dir = copy_prompts();
    let store = PromptStore::load(dir.path(), required("v1")).unwrap();
    let before = store.snapshot();
    let path = dir.path().join("orchestrator/v1.txt");
    edit_file(&path, |text| format!("MARKER {text}"));

    store.reload().unwrap();

    let after = store.snapshot();
    assert!(!Arc::ptr_eq(&before, &after));
    assert!(v1(&after).starts_with("MARKER"));
    assert!(
        v1(&before).starts_with("You are"),
        "a snapshot in use never changes"
    );

    std::fs::write(
        &path,
        "{text} {conversation_context}\n{format_instructions} {nope}",
    )
    .unwrap();
    let error = store.reload().unwrap_err().to_string();

    assert!(
        error.contains("v1.txt:2: unknown placeholder {nope}"),
        "{error}"
    );
    assert!(
        Arc::ptr_eq(&after, &store.snapshot()),
        "the last good snapshot stays"
    );
    assert_eq!(store.status().last_error, Some(error));
    assert_eq!(store.status().reloads, 1);
}
