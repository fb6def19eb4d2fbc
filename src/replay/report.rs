//! What replay prints: a readable transcript (each line sent, each answer with
//! its questions, signals and direction), or the frames as JSON lines; then the
//! summary (messages, answers by source, errors by code, latency p50/p99).

use std::collections::BTreeMap;
use std::io::Write;
use std::time::Duration;

use serde_json::{Value, json};

use super::checker::{AnswerKind, Event};
use super::script::Line;

/// The counts over every file played.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    /// Files played (or started).
    pub files: usize,
    /// Lines sent.
    pub messages: usize,
    /// Answers by kind: the suggestion's source (`llm`, `local`, `fallback`),
    /// `error` or `ack`.
    pub answers: BTreeMap<String, u64>,
    /// Error frames by code.
    pub errors: BTreeMap<String, u64>,
    /// `closing` frames.
    pub closing: u64,
    /// Lines the server refused, as `file:line`.
    pub refused: Vec<String>,
    /// From sending a line to its suggestion or error, in milliseconds.
    pub latencies_ms: Vec<u64>,
}

impl Summary {
    /// The `p`th percentile (nearest rank) of the latencies; 0 when there are none.
    #[must_use]
    pub fn latency_percentile(&self, p: f64) -> u64 {
        let mut sorted = self.latencies_ms.clone();
        sorted.sort_unstable();
        let rank = (p / 100.0 * sorted.len() as f64).ceil() as usize;
        sorted
            .get(rank.saturating_sub(1))
            .copied()
            .unwrap_or_default()
    }

    /// The summary as one JSON object, `"type": "summary"`; `failure` says why
    /// the replay failed, if it did.
    #[must_use]
    pub fn to_json(&self, failure: Option<&str>) -> Value {
        let mut answers = json!({"llm": 0, "local": 0, "fallback": 0, "error": 0, "ack": 0});
        for (kind, n) in &self.answers {
            answers[kind] = json!(n);
        }
        json!({
            "type": "summary",
            "files": self.files,
            "messages": self.messages,
            "answers": answers,
            "errors": self.errors,
            "closing": self.closing,
            "refused_lines": self.refused,
            "latency_ms": {"p50": self.latency_percentile(50.0), "p99": self.latency_percentile(99.0)},
            "failure": failure,
        })
    }

    /// The summary as one readable line.
    #[must_use]
    pub fn to_text(&self) -> String {
        let list = |counts: &BTreeMap<String, u64>| {
            let items: Vec<String> = counts.iter().map(|(k, n)| format!("{k} {n}")).collect();
            if items.is_empty() {
                "none".to_owned()
            } else {
                items.join(", ")
            }
        };
        format!(
            "== summary: {} files, {} messages; answers: {}; errors: {}; closing: {}; latency p50 {} ms, p99 {} ms",
            self.files,
            self.messages,
            list(&self.answers),
            list(&self.errors),
            self.closing,
            self.latency_percentile(50.0),
            self.latency_percentile(99.0),
        )
    }

    fn count(&mut self, event: &Event, frame: &Value) {
        if let Some(code) = frame["error_code"].as_str() {
            *self.errors.entry(code.to_owned()).or_default() += 1;
        }
        match event {
            Event::Answer { kind, latency, .. } => {
                let key = match kind {
                    AnswerKind::Suggestion(source) => source.clone(),
                    AnswerKind::Error(_) => "error".to_owned(),
                    AnswerKind::Ack(_) => "ack".to_owned(),
                };
                *self.answers.entry(key).or_default() += 1;
                if !matches!(kind, AnswerKind::Ack(_)) {
                    self.latencies_ms.push(millis(*latency));
                }
            }
            Event::Closing { .. } => self.closing += 1,
            _ => {}
        }
    }
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// Writes the transcript (or the frames) and keeps the summary.
pub struct Report<'w> {
    out: &'w mut dyn Write,
    json: bool,
    file: String,
    /// The counts so far.
    pub summary: Summary,
}

impl<'w> Report<'w> {
    /// A report written to `out`, as JSON lines when `json`.
    pub fn new(out: &'w mut dyn Write, json: bool) -> Self {
        Self {
            out,
            json,
            file: String::new(),
            summary: Summary::default(),
        }
    }

    /// A file starts playing.
    pub fn file(&mut self, file: &str) {
        self.summary.files += 1;
        file.clone_into(&mut self.file);
    }

    /// A line was sent.
    pub fn sent(&mut self, line: &Line) {
        self.summary.messages += 1;
        if !self.json {
            let text = format!(
                "> line {} {} ({}, {}): {}",
                line.number,
                line.field("speaker"),
                line.field("sentiment"),
                line.field("emotion"),
                line.text()
            );
            self.write(&text);
        }
    }

    /// A valid frame arrived, as `raw` text.
    pub fn received(&mut self, raw: &str, frame: &Value, event: &Event) {
        self.summary.count(event, frame);
        if let Event::Refused(line) = event {
            let line = line.map_or_else(|| "?".to_owned(), |n| n.to_string());
            self.summary.refused.push(format!("{}:{line}", self.file));
        }
        if self.json {
            self.write(raw);
        } else {
            let text = describe(&self.file, frame, event);
            self.write(&text);
        }
    }

    /// Writes the summary, with `failure` if the replay failed.
    pub fn finish(&mut self, failure: Option<&str>) {
        let text = if self.json {
            self.summary.to_json(failure).to_string()
        } else {
            self.summary.to_text()
        };
        self.write(&text);
    }

    fn write(&mut self, text: &str) {
        let _ = writeln!(self.out, "{text}");
    }
}

/// A frame in words, for the transcript.
fn describe(file: &str, frame: &Value, event: &Event) -> String {
    match event {
        Event::Started => format!(
            "== {file}: session {} ({}, prompt {})",
            text(&frame["session_id"]),
            if frame["resumed"] == true {
                "resumed"
            } else {
                "new"
            },
            text(&frame["prompt_version"]),
        ),
        Event::Answer {
            seq, line, kind, ..
        } => answer(frame, *seq, *line, kind),
        Event::Closing { seq } => format!(
            "  * #{seq} closing {:.0}% ({}): {}",
            frame["data"]["confidence"].as_f64().unwrap_or_default() * 100.0,
            text(&frame["meta"]["source"]),
            text(&frame["data"]["recommended_action"]),
        ),
        Event::Refused(line) => format!(
            "  x line {} refused ({}): {}",
            line.map_or_else(|| "?".to_owned(), |n| n.to_string()),
            text(&frame["error_code"]),
            frame["details"],
        ),
        Event::Notice(code) => format!("  ! {code}: {}", text(&frame["message"])),
    }
}

fn answer(frame: &Value, seq: u64, line: usize, kind: &AnswerKind) -> String {
    let head = format!("  < #{seq} (line {line})");
    match kind {
        AnswerKind::Ack(covered_by) => format!("{head} folded into the answer to #{covered_by}"),
        AnswerKind::Suggestion(source) => format!(
            "{head} suggestion, {source}, {} ms\n{}",
            frame["meta"]["latency_ms"],
            suggestion(&frame["data"])
        ),
        AnswerKind::Error(code) => format!(
            "{head} error {code}: {}; fallback:\n{}",
            text(&frame["message"]),
            suggestion(&frame["fallback_suggestion"])
        ),
    }
}

fn suggestion(data: &Value) -> String {
    let strings = |value: &Value| -> Vec<String> {
        value
            .as_array()
            .map(|items| items.iter().map(|item| text(item).to_owned()).collect())
            .unwrap_or_default()
    };
    let signals = strings(&data["signals_detected"]);
    let mut lines = vec![format!(
        "      signals: {}",
        if signals.is_empty() {
            "none".to_owned()
        } else {
            signals.join(", ")
        }
    )];
    lines.extend(
        strings(&data["questions"])
            .iter()
            .map(|q| format!("      ? {q}")),
    );
    lines.push(format!("      -> {}", text(&data["recommended_direction"])));
    lines.join("\n")
}

fn text(value: &Value) -> &str {
    value.as_str().unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_nearest_rank() {
        let summary = Summary {
            latencies_ms: (1..=100).rev().collect(),
            ..Summary::default()
        };

        assert_eq!(summary.latency_percentile(50.0), 50);
        assert_eq!(summary.latency_percentile(99.0), 99);
        assert_eq!(Summary::default().latency_percentile(99.0), 0);
    }

    #[test]
    fn the_json_summary_counts_every_source_even_at_zero() {
        let mut summary = Summary::default();
        summary.answers.insert("local".to_owned(), 3);
        summary.errors.insert("LLM_ERROR".to_owned(), 1);

        let json = summary.to_json(Some("broken"));

        assert_eq!(json["type"], "summary");
        assert_eq!(
            json["answers"],
            json!({"llm": 0, "local": 3, "fallback": 0, "error": 0, "ack": 0})
        );
        assert_eq!(json["errors"], json!({"LLM_ERROR": 1}));
        assert_eq!(json["failure"], "broken");
    }
}
