//! Playbook validation: the shipped file loads, and errors name the faulty entry.

use super::playbook_text;
use crate::analyzer::Analyzer;

fn edited_playbook(edit: impl FnOnce(&mut toml::Table)) -> String {
    let mut table: toml::Table = playbook_text().parse().expect("the playbook is TOML");
    edit(&mut table);
    toml::to_string(&table).expect("a table serializes")
}

fn table<'a>(root: &'a mut toml::Table, path: &[&str]) -> &'a mut toml::Table {
    path.iter().fold(root, |t, key| {
        t.get_mut(*key)
            .and_then(toml::Value::as_table_mut)
            .expect("the key exists")
    })
}

fn load_error(text: &str) -> String {
    match Analyzer::from_toml_str(text) {
        Ok(_) => panic!("the edited playbook should be rejected"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn the_shipped_playbook_round_trips_through_validation() {
    assert!(Analyzer::from_toml_str(&edited_playbook(|_| {})).is_ok());
}

#[test]
fn playbook_errors_name_the_faulty_entry() {
    let one_question = edited_playbook(|t| {
        let questions = vec![toml::Value::from("Only one?")];
        table(t, &["fr", "signals", "budget"]).insert("questions".into(), questions.into());
    });
    assert!(load_error(&one_question).contains("fr.signals.budget.questions"));

    let empty = edited_playbook(|t| {
        let questions = vec![toml::Value::from("Fine?"), toml::Value::from("  ")];
        table(t, &["en", "signals", "urgency"]).insert("questions".into(), questions.into());
    });
    assert!(load_error(&empty).contains("en.signals.urgency.questions[1]"));

    let missing = edited_playbook(|t| {
        table(t, &["en", "situations", "objection_handling"]).remove("negative");
    });
    assert!(load_error(&missing).contains("en.situations.objection_handling.negative"));

    let old_stage = edited_playbook(|t| {
        let entry = table(t, &["fr", "situations", "closing"]).clone();
        table(t, &["fr", "situations"]).insert("late".into(), entry.into());
    });
    let error = load_error(&old_stage);
    assert!(
        error.contains("fr.situations.late: unknown stage"),
        "{error}"
    );
    assert!(error.contains("objection_handling"), "{error}");

    let no_small_talk = edited_playbook(|t| {
        table(t, &["stages"]).insert("small_talk".into(), toml::Value::Array(Vec::new()));
    });
    assert!(load_error(&no_small_talk).contains("stages.small_talk"));

    let no_signal = edited_playbook(|t| {
        table(t, &["fr", "signals"]).remove("competitor");
    });
    assert!(load_error(&no_signal).contains("fr.signals.competitor"));

    let bad_regex = edited_playbook(|t| {
        table(t, &["cues", "competitor"])
            .insert("en".into(), vec![toml::Value::from("(unclosed")].into());
    });
    assert!(load_error(&bad_regex).contains("cues.competitor.en[0]"));

    let unknown = edited_playbook(|t| {
        table(t, &["cues"]).insert("pricing".into(), toml::Table::new().into());
    });
    assert!(load_error(&unknown).contains("cues.pricing"));
}

#[test]
fn closing_section_errors_name_the_faulty_entry() {
    let heavy = edited_playbook(|t| {
        let signals = table(t, &["closing"])
            .get_mut("signals")
            .and_then(toml::Value::as_array_mut)
            .expect("closing.signals is a list");
        let first = signals[0].as_table_mut().expect("a signal is a table");
        first.insert("weight".into(), toml::Value::from(1.5));
    });
    assert!(load_error(&heavy).contains("closing.signals[0].weight"));

    let no_action = edited_playbook(|t| {
        table(t, &["closing", "fr", "actions"]).remove("start_date");
    });
    assert!(load_error(&no_action).contains("closing.fr.actions.start_date"));

    let stray_action = edited_playbook(|t| {
        table(t, &["closing", "en", "actions"]).insert("discount".into(), "Offer 10%.".into());
    });
    assert!(load_error(&stray_action).contains("closing.en.actions.discount"));
}
