//! Memory settings, the summarizer prompt and the prompt budget as start-up and
//! `callshadow config` check them; the token estimate against tiktoken itself.

use std::path::Path;
use std::sync::Arc;

use callshadow::agents::fit::render_prompt;
use callshadow::agents::prompts::{PromptKind, PromptSet};
use callshadow::agents::tokens::{Budget, TokenCounter};
use callshadow::config::TokenizerChoice;
use callshadow::domain::{Conversation, Sentiment, SessionId, Speaker, Tally, Utterance};
use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::config::run_binary;
use crate::helpers::{copy_prompts, edit_file, load_settings, repo};

#[test]
fn memory_settings_have_their_defaults_and_bad_values_name_their_keys() {
    let settings = load_settings(&[]).unwrap();
    let memory = &settings.memory;
    assert!(memory.summary_enabled);
    assert_eq!(memory.summary_chunk, 20);
    assert_eq!(memory.summarizer_prompt_version, "v1");
    assert_eq!(memory.prompt_token_budget, 4000);
    assert_eq!(memory.tokenizer, TokenizerChoice::Auto);
    assert!(settings.sessions.folding.summaries);
    assert_eq!(settings.sessions.folding.chunk, 20);

    let bad = [
        ("MEMORY_SUMMARY_ENABLED", "sometimes"),
        ("MEMORY_SUMMARY_CHUNK", "0"),
        ("SUMMARIZER_PROMPT_VERSION", ""),
        ("PROMPT_TOKEN_BUDGET", "10"),
        ("PROMPT_TOKENIZER", "p50k"),
    ];
    let error = load_settings(&bad).unwrap_err().to_string();
    for (key, _) in bad {
        assert!(
            error.contains(&format!("{key}:")),
            "{key} missing from:\n{error}"
        );
    }
}

#[test]
fn a_budget_too_small_for_the_instructions_is_refused_naming_the_least_that_would_do() {
    let output = run_binary(&["config"], &[("PROMPT_TOKEN_BUDGET", "600")]);

    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("PROMPT_TOKEN_BUDGET"), "{stderr}");
    assert!(stderr.contains("orchestrator prompt v1"), "{stderr}");
    assert!(stderr.contains("set it to at least"), "{stderr}");
    let fine = run_binary(&["config"], &[("PROMPT_TOKEN_BUDGET", "2000")]);
    assert_eq!(
        fine.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&fine.stderr)
    );
}

#[test]
fn the_config_command_checks_the_summarizer_prompt() {
    let prompts = copy_prompts();
    let dir = prompts.path().to_string_lossy().into_owned();
    edit_file(&prompts.path().join("summarizer/v1.txt"), |text| {
        text.replace("{messages}", "{transcript}")
    });

    let output = run_binary(&["config"], &[("PROMPTS_DIR", &dir)]);

    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("summarizer/v1.txt"), "{stderr}");
    assert!(stderr.contains("{transcript}"), "{stderr}");
    let missing = run_binary(&["config"], &[("SUMMARIZER_PROMPT_VERSION", "v9")]);
    assert_eq!(missing.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&missing.stderr);
    assert!(stderr.contains("SUMMARIZER_PROMPT_VERSION"), "{stderr}");
}

/// Every sample conversation of `examples/`, as (speaker, sentiment, emotion, text).
fn sample_conversations() -> Vec<Vec<(String, String, String, String)>> {
    let mut conversations = Vec::new();
    for entry in std::fs::read_dir(repo("examples")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "jsonl") {
            continue;
        }
        let lines = std::fs::read_to_string(&path).unwrap();
        let field = |v: &Value, k: &str| v[k].as_str().unwrap_or("neutral").to_owned();
        let messages = lines
            .lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .map(|v| {
                (
                    field(&v, "speaker"),
                    field(&v, "sentiment"),
                    field(&v, "emotion"),
                    field(&v, "text"),
                )
            })
            .collect();
        conversations.push(messages);
    }
    let labelled = std::fs::read_to_string(repo("tests/data/analyzer_labelled.jsonl")).unwrap();
    let utterances: Vec<_> = labelled
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .map(|v| {
            let f = |k: &str| v[k].as_str().unwrap_or("neutral").to_owned();
            (f("speaker"), f("sentiment"), f("emotion"), f("text"))
        })
        .collect();
    conversations.extend(utterances.chunks(40).map(<[_]>::to_vec));
    conversations
}

fn conversation(messages: &[(String, String, String, String)], version: &str) -> Conversation {
    let start = DateTime::<Utc>::from_timestamp(1_760_000_000, 0).unwrap();
    let messages = (1u64..)
        .zip(messages)
        .map(|(seq, (speaker, sentiment, emotion, text))| {
            Arc::new(Utterance {
                seq,
                text: text.clone(),
                speaker: Speaker::parse(speaker).unwrap_or(Speaker::Client),
                sentiment: Sentiment::parse(sentiment).unwrap_or(Sentiment::Neutral),
                emotion: emotion.clone(),
                message_id: None,
                timestamp: None,
                received_at: start + chrono::Duration::seconds(i64::try_from(seq).unwrap() * 7),
                rendered: Default::default(),
            })
        })
        .collect();
    Conversation {
        session_id: SessionId::parse("estimate-session").unwrap(),
        messages,
        summary: None,
        earlier: Tally::default(),
        earlier_signals: Vec::new(),
        suggested: Vec::new(),
        started_at: start,
        prompt_version: version.to_owned(),
    }
}

#[test]
fn the_token_estimate_is_above_tiktoken_for_every_whole_prompt_and_says_by_how_much() {
    let prompts = PromptSet::load(Path::new(&repo("prompts"))).unwrap();
    let families = [
        (TokenizerChoice::O200k, tiktoken_rs::o200k_base_singleton()),
        (
            TokenizerChoice::Cl100k,
            tiktoken_rs::cl100k_base_singleton(),
        ),
    ];
    for (family, exact) in families {
        let counter = TokenCounter::new(family);
        let (mut lowest, mut highest, mut estimated, mut counted) = (f64::MAX, 0.0f64, 0, 0);
        for messages in sample_conversations() {
            for end in 1..=messages.len() {
                for (kind, version) in [
                    (PromptKind::Orchestrator, "v1"),
                    (PromptKind::Orchestrator, "v2"),
                    (PromptKind::Orchestrator, "v3"),
                    (PromptKind::ClosingDetector, "v1"),
                ] {
                    let conversation = conversation(&messages[..end], version);
                    let prompt =
                        render_prompt(&prompts, kind, version, &conversation, None).unwrap();
                    let (estimate, exact) =
                        (counter.count(&prompt), exact.encode_ordinary(&prompt).len());
                    let ratio = estimate as f64 / exact as f64;
                    lowest = lowest.min(ratio);
                    highest = highest.max(ratio);
                    estimated += estimate;
                    counted += exact;
                    assert!(
                        estimate >= exact,
                        "{family:?}: {estimate} < {exact} for:\n{prompt}"
                    );
                }
            }
        }
        println!(
            "{family:?}: estimate / tiktoken {lowest:.3} to {highest:.3}, {:.3} overall ({counted} tokens)",
            estimated as f64 / counted as f64
        );
        assert!(
            estimated as f64 / counted as f64 <= 1.3,
            "{family:?}: the estimate wastes the budget"
        );
    }
}

#[test]
fn the_estimate_stays_above_tiktoken_for_unusual_text() {
    let texts = [
        "😀🎉🚀 ✅ ❌ 👍🏽 🇫🇷",
        "价格太贵了，我们需要和财务总监讨论一下。",
        "Цена слишком высокая для нашей команды.",
        "0x7f3a9c2e1b 4f8d-11ee-be56-0242ac120002 SGVsbG8gd29ybGQ=",
        "1234567890 3.14159 1,000,000 €12,500.00",
        "{\"a\":[1,2,{\"b\":null}]} <<>> ||| ;;; ~~~",
        "Anticonstitutionnellement, l'hétérogénéité socio-économique s'intensifie.",
    ];
    for (family, exact) in [
        (TokenizerChoice::O200k, tiktoken_rs::o200k_base_singleton()),
        (
            TokenizerChoice::Cl100k,
            tiktoken_rs::cl100k_base_singleton(),
        ),
    ] {
        let counter = TokenCounter::new(family);
        for text in texts {
            let (estimate, exact) = (counter.count(text), exact.encode_ordinary(text).len());
            assert!(
                estimate >= exact,
                "{family:?}: {estimate} < {exact} for {text}"
            );
        }
    }
}

#[test]
fn a_prompt_cut_to_the_budget_keeps_the_instructions_and_the_last_message() {
    let prompts = PromptSet::load(Path::new(&repo("prompts"))).unwrap();
    let messages: Vec<_> = sample_conversations()
        .into_iter()
        .flatten()
        .take(120)
        .collect();
    let mut conversation = conversation(&messages, "v1");
    conversation.summary = Some(Arc::from(
        "Marie Dubois runs 42 agents. ".repeat(60).as_str(),
    ));
    let budget = Budget::new(1200, TokenCounter::new(TokenizerChoice::O200k));

    let prompt = render_prompt(
        &prompts,
        PromptKind::Orchestrator,
        "v1",
        &conversation,
        Some(&budget),
    )
    .unwrap();

    let exact = tiktoken_rs::o200k_base_singleton()
        .encode_ordinary(&prompt)
        .len();
    assert!(exact <= 1200, "{exact} tokens");
    assert!(prompt.starts_with("You are an intelligent copilot"));
    assert!(prompt.contains("## Response format"));
    let last = &conversation.last().text;
    assert!(
        prompt.contains(&last[..last.len().min(40)]),
        "the last message is kept"
    );
    assert!(
        prompt.contains("Summary of earlier messages: Marie Dubois"),
        "the summary's start is kept"
    );
}
