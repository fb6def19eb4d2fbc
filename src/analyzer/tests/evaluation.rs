//! Evaluation of signal detection on the labelled data sets: precision and recall
//! per signal, and the cost of detection.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::ANALYZER;
use crate::analyzer::counts::Counts;
use crate::domain::{Sentiment, Signal, SignalSet, Speaker};

#[derive(Debug, Deserialize)]
pub(super) struct Labelled {
    pub(super) text: String,
    pub(super) speaker: Speaker,
    pub(super) sentiment: Sentiment,
    pub(super) emotion: String,
    pub(super) lang: String,
    pub(super) expected: Vec<String>,
}

pub(super) fn load_labelled() -> Vec<Labelled> {
    load_jsonl("analyzer_labelled.jsonl")
}

fn read_data(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name);
    std::fs::read_to_string(path).expect("the data set is readable")
}

fn load_jsonl(name: &str) -> Vec<Labelled> {
    let text = read_data(name);
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| serde_json::from_str(line).expect("each line is a labelled utterance"))
        .collect()
}

/// The lines with neutral sentiment and emotion: what a client that sends no real
/// tags (the console's default) gets.
fn without_tags(mut lines: Vec<Labelled>) -> Vec<Labelled> {
    for line in &mut lines {
        line.sentiment = Sentiment::Neutral;
        line.emotion = "neutral".to_owned();
    }
    lines
}

fn evaluate(lines: &[Labelled]) -> BTreeMap<&'static str, Counts> {
    evaluate_quietly(lines, true)
}

/// Counts per signal; prints each mismatching line only with `show_mismatches`
/// (never for the held-out sets, which are reported as numbers only).
fn evaluate_quietly(lines: &[Labelled], show_mismatches: bool) -> BTreeMap<&'static str, Counts> {
    let mut table: BTreeMap<&'static str, Counts> = BTreeMap::new();
    for line in lines {
        let found = ANALYZER.detect(&line.text, line.speaker, line.sentiment, &line.emotion);
        for signal in Signal::ALL {
            let expected = line.expected.iter().any(|id| id == signal.as_str());
            let counts = table.entry(signal.as_str()).or_default();
            counts.record(expected, found.contains(signal));
        }
        if show_mismatches && found.ids() != sorted_by_priority(&line.expected) {
            println!(
                "MISMATCH [{}] {:?} expected {:?} got {:?}",
                line.lang,
                line.text,
                line.expected,
                found.ids()
            );
        }
    }
    table
}

fn sorted_by_priority(ids: &[String]) -> Vec<String> {
    ids.iter()
        .filter_map(|id| Signal::parse(id))
        .collect::<SignalSet>()
        .ids()
}

#[test]
fn labelled_data_set_is_large_balanced_and_covers_every_signal() {
    let lines = load_labelled();
    assert!(lines.len() >= 200, "{} lines", lines.len());
    let french = lines.iter().filter(|l| l.lang == "fr").count();
    assert!(french * 10 >= lines.len() * 4 && french * 10 <= lines.len() * 6);
    for signal in Signal::ALL {
        let positives = lines
            .iter()
            .filter(|l| l.expected.iter().any(|e| e == signal.as_str()));
        assert!(
            positives.count() >= 12,
            "{signal} has fewer than 12 examples"
        );
    }
    assert!(
        lines
            .iter()
            .all(|l| l.expected.iter().all(|e| Signal::parse(e).is_some()))
    );
}

#[test]
fn detection_reaches_the_precision_and_recall_floor_on_the_labelled_set() {
    println!("== analyzer_labelled.jsonl");
    let total = print_evaluation(&evaluate(&load_labelled()), 0.85);
    assert!(total.precision() >= 0.85 && total.recall() >= 0.85);
}

/// `analyzer_holdout.jsonl` was written after the lexicon was tuned and is never
/// tuned against: it measures how the lexicon generalizes to unseen phrasing
/// (precision 1.00, recall 0.70 when written; 0.98 and 0.92 after issue 16). Its
/// floors only guard regressions.
#[test]
fn detection_generalizes_to_the_held_out_set() {
    println!("== analyzer_holdout.jsonl");
    let total = print_evaluation(
        &evaluate_quietly(&load_jsonl("analyzer_holdout.jsonl"), false),
        0.0,
    );
    assert!(
        total.precision() >= 0.97,
        "held-out precision {}",
        total.precision()
    );
    assert!(total.recall() >= 0.79, "held-out recall {}", total.recall());
}

/// `analyzer_callspeech_dev.jsonl` is the development set of call speech (written
/// by `scripts/dev_set.py`): the cues are tuned on it and on the labelled set.
#[test]
fn detection_understands_call_speech_on_the_development_set() {
    println!("== analyzer_callspeech_dev.jsonl");
    let total = print_evaluation(&evaluate(&load_jsonl("analyzer_callspeech_dev.jsonl")), 0.0);
    assert!(total.precision() >= 0.98 && total.recall() >= 0.95);
}

/// `analyzer_callspeech_train.jsonl`, `analyzer_callspeech_train2.jsonl`,
/// `analyzer_callspeech_train3.jsonl` (batch 7), `analyzer_callspeech_train4.jsonl`
/// (batch 8), `analyzer_callspeech_train5.jsonl` (batch 9),
/// `analyzer_callspeech_train6.jsonl` (batch 10) and `analyzer_callspeech_train8.jsonl`
/// (batch 12) are what the detection model learns from (with the labelled and
/// development sets; `examples/train_analyzer`). Precision floor 0.95 before the
/// tag dropout: trained with a third of its lines' tags neutral, the model fits
/// the lines as written less closely (training 6: 0.964 -> 0.938).
#[test]
fn detection_on_the_training_sets_of_call_speech() {
    let floors = CALL_SPEECH_TRAINING.map(|set| (set, 0.93, 0.95));
    assert_floors(&floors, true);
}

/// The cue screen only skips regexes that cannot match: on every line of every
/// set but the held-out ones, each cue regex that matches the line was run.
#[test]
fn the_cue_screen_never_sets_aside_a_cue_that_matches() {
    let tuning = [
        "analyzer_labelled.jsonl",
        "analyzer_callspeech_dev.jsonl",
        "analyzer_callspeech_valid.jsonl",
        "analyzer_callspeech_valid2.jsonl",
        "analyzer_callspeech_valid3.jsonl",
        "analyzer_callspeech_valid4.jsonl",
    ];
    let mut lines = 0;
    for set in tuning.into_iter().chain(CALL_SPEECH_TRAINING) {
        for line in load_jsonl(set) {
            let missed = ANALYZER.detector.screened_out_matches(&line.text);
            assert!(missed.is_empty(), "{set}: {missed:?} on {:?}", line.text);
            lines += 1;
        }
    }
    assert!(lines > 12_000, "{lines} lines read");
}

/// The call-speech training sets, in the order they were written.
const CALL_SPEECH_TRAINING: [&str; 7] = [
    "analyzer_callspeech_train.jsonl",
    "analyzer_callspeech_train2.jsonl",
    "analyzer_callspeech_train3.jsonl",
    "analyzer_callspeech_train4.jsonl",
    "analyzer_callspeech_train5.jsonl",
    "analyzer_callspeech_train6.jsonl",
    "analyzer_callspeech_train8.jsonl",
];

/// Evaluates each set against its precision and recall floors, printing its
/// mismatching lines with `show_mismatches`.
fn assert_floors(sets: &[(&str, f64, f64)], show_mismatches: bool) {
    for &(set, precision, recall) in sets {
        println!("== {set}");
        let counts = evaluate_quietly(&load_jsonl(set), show_mismatches);
        assert_totals(set, &counts, (precision, recall));
    }
}

/// Prints the table of `title` and fails when its micro-averaged precision or
/// recall is under `floors`.
fn assert_totals(title: &str, counts: &BTreeMap<&'static str, Counts>, floors: (f64, f64)) {
    let total = print_evaluation(counts, 0.0);
    assert!(
        total.precision() >= floors.0 && total.recall() >= floors.1,
        "{title}: {} / {}",
        total.precision(),
        total.recall()
    );
}

/// `analyzer_callspeech_valid.jsonl` (329 utterances, new phrasings written after
/// the first training set), `analyzer_callspeech_valid2.jsonl` (362, written
/// after the second) and `analyzer_callspeech_valid3.jsonl` (900, a third
/// helper's batch 6) chose the approach and the model's settings; the model never
/// learns from them. Their figures are the honest measure of what a new phrasing
/// gets. Validations 1 and 2 are read as totals only (no line is printed);
/// validation 3, which the cue work was tuned on, prints its mismatches. Recall
/// floors 0.78, 0.76 and 0.82 before batch 12; precision floors 0.94 and 0.92
/// (validations 1 and 3) and recall 0.84 (validation 3) before the tag dropout,
/// which cost them 0.016 and 0.004 of precision and 0.011 of recall, for 0.07 to
/// 0.09 more recall with neutral tags. `analyzer_callspeech_valid4.jsonl`
/// (3,351 lines, batch 13 by eight helpers, written as training data and not
/// trained on) is read as totals only too.
#[test]
fn detection_on_the_validation_sets_of_call_speech() {
    assert_floors(
        &[
            ("analyzer_callspeech_valid.jsonl", 0.93, 0.82),
            ("analyzer_callspeech_valid2.jsonl", 0.90, 0.82),
            ("analyzer_callspeech_valid4.jsonl", 0.89, 0.85),
        ],
        false,
    );
    assert_floors(&[("analyzer_callspeech_valid3.jsonl", 0.91, 0.83)], true);
}

/// The validation sets with every line's sentiment and emotion neutral: the
/// words alone, as the console sends them by default. The writers' tags agree
/// with their labels far more than a real tagger's would, so the model is trained
/// with a share of its lines' tags made neutral (`TAG_DROPOUT`); with the batch-12
/// model, trained without, these sets gave 0.929 / 0.450, 0.856 / 0.505,
/// 0.903 / 0.625 and 0.889 / 0.610. Totals only, no line printed.
#[test]
fn detection_on_the_validation_sets_without_sentiment_or_emotion() {
    let sets = [
        ("analyzer_callspeech_valid.jsonl", NEUTRAL_FLOORS[0]),
        ("analyzer_callspeech_valid2.jsonl", NEUTRAL_FLOORS[1]),
        ("analyzer_callspeech_valid3.jsonl", NEUTRAL_FLOORS[2]),
        ("analyzer_callspeech_valid4.jsonl", NEUTRAL_FLOORS[3]),
    ];
    for (set, floors) in sets {
        let title = format!("{set}, neutral tags");
        println!("== {title}");
        let counts = evaluate_quietly(&without_tags(load_jsonl(set)), false);
        assert_totals(&title, &counts, floors);
    }
}

/// Floors (precision, recall) of validations 1 to 4 with neutral tags.
const NEUTRAL_FLOORS: [(f64, f64); 4] = [(0.90, 0.52), (0.84, 0.56), (0.88, 0.67), (0.88, 0.69)];

/// `analyzer_second_labels.tsv` is a second, blind labelling of the three
/// validation sets, and `analyzer_settled_labels.tsv` the labels an adjudicator
/// chose where the two differ (docs/analyzer.md, "Two labellers"); both name each
/// line by its set and index, so they hold only while the sets keep their lines.
/// Every line is labelled once with known signals, exactly the lines where the
/// labellings differ are settled, and the two labellings agree as when they were
/// written (0.876 / 0.944 at the lowest; one line out of place shifts the rest).
#[test]
fn the_second_labelling_covers_the_validation_sets_line_for_line() {
    let mut second = read_labels("analyzer_second_labels.tsv");
    let mut settled = read_labels("analyzer_settled_labels.tsv");
    for (name, set) in [
        ("valid1", "analyzer_callspeech_valid.jsonl"),
        ("valid2", "analyzer_callspeech_valid2.jsonl"),
        ("valid3", "analyzer_callspeech_valid3.jsonl"),
    ] {
        let mut agreement = Counts::default();
        for (index, line) in load_jsonl(set).iter().enumerate() {
            let key = (name.to_owned(), index);
            let theirs = second.remove(&key);
            let theirs = theirs.unwrap_or_else(|| panic!("{name} line {index} unlabelled"));
            let first: SignalSet = line
                .expected
                .iter()
                .filter_map(|e| Signal::parse(e))
                .collect();
            let differ = first != theirs;
            assert_eq!(
                settled.remove(&key).is_some(),
                differ,
                "{name} line {index}"
            );
            for signal in Signal::ALL {
                agreement.record(first.contains(signal), theirs.contains(signal));
            }
        }
        let (precision, recall) = (agreement.precision(), agreement.recall());
        assert!(
            precision >= 0.85 && recall >= 0.92,
            "{name}: {precision} / {recall}"
        );
    }
    assert!(
        second.is_empty(),
        "labels of lines no set has: {:?}",
        second.keys()
    );
    assert!(
        settled.is_empty(),
        "settled lines no set has: {:?}",
        settled.keys()
    );
}

/// A labelling of the validation sets: (set, line index) -> its signals.
fn read_labels(file: &str) -> BTreeMap<(String, usize), SignalSet> {
    let mut labels = BTreeMap::new();
    let text = read_data(file);
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let [set, index, ids] = line.split('\t').collect::<Vec<_>>()[..] else {
            panic!("three columns: {line:?}");
        };
        let signals = ids.split(',').filter(|id| !id.is_empty());
        let signals = signals.map(|id| Signal::parse(id).unwrap_or_else(|| panic!("{id:?}")));
        let key = (set.to_owned(), index.parse().expect("a line index"));
        assert!(
            labels.insert(key, signals.collect()).is_none(),
            "twice: {line:?}"
        );
    }
    labels
}

/// `analyzer_callspeech.jsonl` (254 utterances of call speech, EN/FR) was written
/// by a helper that never saw the cue lists and committed (52388ef) before any
/// tuning. It is evaluated as numbers only: no utterance text, no failing line is
/// ever printed, and it is never tuned against. Its floors only guard regressions
/// (it runs with every `cargo test`; tuning sessions must not use it as a target):
/// 0.93 / 0.93 until batch 12, which took it from 0.938 / 0.938 to 0.925 / 0.930
/// while the second held-out set went from 0.900 / 0.879 to 0.911 / 0.918 and
/// every validation set gained both (docs/analyzer-history.md, "Batch 12").
#[test]
fn detection_on_the_call_speech_held_out_set_reports_numbers_only() {
    held_out_numbers_only("analyzer_callspeech.jsonl", HOLDOUT1_FLOORS);
}

/// `analyzer_callspeech_holdout2.jsonl` (286 utterances of call speech, EN/FR,
/// client and agent turns) was written by a helper that never saw the cue lists,
/// the code, the model, nor any training, validation or earlier held-out set, and
/// committed (016e172) before it was first evaluated. Numbers only, as above; it is
/// never tuned against, and its floors only guard regressions.
#[test]
fn detection_on_the_second_call_speech_held_out_set_reports_numbers_only() {
    held_out_numbers_only("analyzer_callspeech_holdout2.jsonl", HOLDOUT2_FLOORS);
}

/// Precision and recall of a held-out set, as written and with neutral tags,
/// printed as counts only (never a line), each against its floors.
fn held_out_numbers_only(set: &str, floors: [(f64, f64); 2]) {
    let lines = load_jsonl(set);
    println!("{set}: {} utterances", lines.len());
    assert_totals(set, &evaluate_quietly(&lines, false), floors[0]);
    let title = format!("{set}, neutral tags");
    println!("{title}:");
    let neutral = evaluate_quietly(&without_tags(lines), false);
    assert_totals(&title, &neutral, floors[1]);
}

/// The first call-speech held-out set's floors (precision, recall), with its tags
/// as written and with neutral tags.
const HOLDOUT1_FLOORS: [(f64, f64); 2] = [(0.92, 0.92), (0.91, 0.84)];

/// The second call-speech held-out set's floors (precision, recall), with its tags
/// as written ((0.89, 0.87) before batch 12) and with neutral tags.
const HOLDOUT2_FLOORS: [(f64, f64); 2] = [(0.90, 0.91), (0.88, 0.80)];

/// Prints the table; fails when a signal is below `floor`. Returns the micro-average.
fn print_evaluation(table: &BTreeMap<&'static str, Counts>, floor: f64) -> Counts {
    let mut total = Counts::default();
    println!(
        "{:<18} {:>4} {:>4} {:>4} {:>9} {:>7}",
        "signal", "tp", "fp", "fn", "precision", "recall"
    );
    let mut failures = Vec::new();
    for (signal, counts) in table {
        println!(
            "{signal:<18} {:>4} {:>4} {:>4} {:>9.3} {:>7.3}",
            counts.tp,
            counts.fp,
            counts.fn_,
            counts.precision(),
            counts.recall()
        );
        total.add(*counts);
        if counts.precision() < floor || counts.recall() < floor {
            failures.push(*signal);
        }
    }
    println!(
        "{:<18} {:>4} {:>4} {:>4} {:>9.3} {:>7.3}",
        "micro-average",
        total.tp,
        total.fp,
        total.fn_,
        total.precision(),
        total.recall()
    );
    assert!(failures.is_empty(), "below {floor}: {failures:?}");
    total
}

/// The cost of detection, printed, never asserted:
/// `cargo test --release --lib detection_is_deterministic -- --nocapture`.
///
/// Two figures, on a detector of its own: a text seen before, and a text never
/// seen, once the detector has read the training sets (ordinary speech). The
/// cue regexes run on lazily built automata, which a new text extends: a call's
/// messages are all new text, so the second figure is a call's.
#[test]
fn detection_is_deterministic_and_its_cost_is_printed() {
    let prompts = Path::new(env!("CARGO_MANIFEST_DIR")).join("prompts");
    let analyzer = crate::analyzer::Analyzer::load(&prompts).expect("the playbook loads");
    let detect =
        |line: &Labelled| analyzer.detect(&line.text, line.speaker, line.sentiment, &line.emotion);
    let warm_up: Vec<Labelled> = CALL_SPEECH_TRAINING
        .into_iter()
        .flat_map(load_jsonl)
        .collect();
    for line in &warm_up {
        let _ = detect(line);
    }
    let sets = [load_labelled(), load_jsonl("analyzer_callspeech_dev.jsonl")];
    let lines: Vec<&Labelled> = sets.iter().flatten().collect();
    let start = std::time::Instant::now();
    let first: Vec<SignalSet> = lines.iter().map(|line| detect(line)).collect();
    let unseen = start.elapsed() / lines.len() as u32;
    let rounds = 20;
    let start = std::time::Instant::now();
    for _ in 0..rounds {
        let again: Vec<SignalSet> = lines.iter().map(|line| detect(line)).collect();
        assert_eq!(again, first, "the same text gives the same signals");
    }
    let seen = start.elapsed() / (rounds * lines.len()) as u32;
    println!(
        "detection: {unseen:?} per message on a text never seen (after {} others), \
         {seen:?} on a text seen before (figures to read in --release, never asserted)",
        warm_up.len()
    );
}
