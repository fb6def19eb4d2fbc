//! Tests of the budget check on the shipped templates: the template's fixed
//! lines and the context lines are estimated once, the bound skips the scan
//! only where the prompt fits, and the decision is the whole count's.

use std::path::Path;
use std::sync::Arc;

use super::*;
use crate::agents::render::tests::conversation_of;
use crate::agents::tokens::{KnownPart, TokenCounter};
use crate::config::TokenizerChoice;

const TEXTS: [&str; 5] = [
    "Honestly this is a bit too expensive for us compared to what we pay today.",
    "Le tarif là, franchement ça pique… on en reparle après l'été 😅",
    "ok",
    "Can you send the contract to procurement@example.com? Ref AB12-7781-XZ.",
    "um yeah so the thing is   that number you gave me it's way out of our league",
];

fn conversation(count: u64, summary: Option<&str>) -> Conversation {
    let text = |seq: u64| TEXTS[usize::try_from(seq).unwrap() % TEXTS.len()].to_owned();
    Conversation {
        summary: summary.map(Arc::from),
        ..conversation_of(count, text)
    }
}

fn shipped() -> PromptSet {
    PromptSet::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("prompts")).unwrap()
}

/// Every shipped orchestrator and closing-detector template, for both families.
fn each_template(mut check: impl FnMut(PromptKind, &str, TokenCounter)) {
    let prompts = shipped();
    for kind in [PromptKind::Orchestrator, PromptKind::ClosingDetector] {
        for version in prompts.versions(kind) {
            for counter in TokenCounter::families() {
                check(kind, &version, counter);
            }
        }
    }
}

#[test]
fn the_answer_formats_are_written_into_the_loaded_templates() {
    let prompts = shipped();
    let template = prompts.get(PromptKind::Orchestrator, "v1").unwrap();
    assert!(!template.uses("format_instructions"));
    let rendered = template.render(|name| format!("<{name}>"));
    assert!(rendered.contains(r#"{"questions": ["#), "{rendered}");
    assert!(!rendered.contains("<format_instructions>"));
    let compact = prompts.get(PromptKind::Orchestrator, "v3").unwrap();
    assert!(
        compact
            .render(|_| String::new())
            .contains("Reply with JSON only")
    );
}

#[test]
fn the_budget_decision_is_the_whole_count_s_at_every_budget() {
    let summary =
        "Signals seen: price_objection ×2 (last #3).\nObjections: #3 client: \"too expensive\".";
    each_template(|kind, version, counter| {
        let prompts = shipped();
        let conversation = conversation(30, Some(summary));
        let prompt = render_prompt(&prompts, kind, version, &conversation, None).unwrap();
        let whole = counter.count(&prompt);
        // A budget far above the prompt (the bound decides), then around it.
        for tokens in [
            whole * 3,
            whole + whole / 10,
            whole + 2,
            whole,
            whole - 1,
            whole / 2,
        ] {
            let budget = Budget::new(tokens, counter);
            let template = prompts.get(kind, version).unwrap();
            let (again, known) = template.render_known(counter.family(), |name| {
                value(kind, &conversation, name, &Cut::NONE)
            });
            assert_eq!(again, prompt);
            assert_eq!(
                budget.excess_of_prompt(&prompt, known, &conversation.messages),
                budget.excess(&prompt),
                "{kind:?} {version} at {tokens} tokens"
            );
        }
    });
}

#[test]
fn the_template_s_fixed_lines_are_estimated_once_and_used() {
    each_template(|kind, version, counter| {
        let prompts = shipped();
        let template = prompts.get(kind, version).unwrap();
        let conversation = conversation(3, None);
        let (prompt, known) = template.render_known(counter.family(), |name| {
            value(kind, &conversation, name, &Cut::NONE)
        });
        assert!(!known.is_empty(), "{kind:?} {version}: no fixed line known");
        let mut exact = known.clone();
        assert_eq!(
            counter.count_known(&prompt, &mut exact),
            counter.count(&prompt)
        );
        // Told each part weighs 100 more, the count says so: every one is used.
        let mut inflated: Vec<_> = known
            .iter()
            .map(|part| KnownPart {
                raw: part.raw + 100.0,
                ..*part
            })
            .collect();
        assert_eq!(
            counter.count_known(&prompt, &mut inflated),
            counter.count(&prompt) + 100 * known.len(),
            "{kind:?} {version}"
        );
    });
}

#[test]
fn a_prompt_over_the_budget_is_still_cut_to_fit() {
    let counter = TokenCounter::new(TokenizerChoice::Cl100k);
    let prompts = shipped();
    let conversation = conversation(40, None);
    let whole = render_prompt(
        &prompts,
        PromptKind::Orchestrator,
        "v1",
        &conversation,
        None,
    )
    .unwrap();
    let budget = Budget::new(counter.count(&whole) * 3 / 4, counter);
    let cut = render_prompt(
        &prompts,
        PromptKind::Orchestrator,
        "v1",
        &conversation,
        Some(&budget),
    )
    .unwrap();
    assert!(cut.len() < whole.len());
    assert_eq!(budget.excess(&cut), 0);
}
