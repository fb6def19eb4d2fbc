//! The playbook file (`prompts/playbook.toml`): its TOML schema, its validation,
//! and the questions and directions it holds per language, signal and situation.
//!
//! The file holds two kinds of data, both editable by operators without a rebuild:
//! - the detection lexicon (`[negation]`, `[cues.*]`, `[[combos]]`, `[emotions.*]`),
//!   compiled by [`super::detector::Detector`];
//! - `[stages]`: the words of small talk, which tell the opening from the rest;
//! - per language (`[en]`, `[fr]`): questions and directions for each signal, for
//!   each no-signal situation (stage × sentiment: every stage of [`Stage::ALL`]
//!   with every sentiment), and the note added when the LLM is unavailable.
//!
//! Validation names the faulty entry, such as `fr.signals.budget.questions`.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::language::Language;
use super::stage::{SmallTalk, Stage, StagesFile};
use crate::domain::{Sentiment, Signal, stable_hash};

/// The playbook file as written, before validation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaybookFile {
    /// What tells the stages apart.
    pub stages: StagesFile,
    /// The negation lexicon.
    pub negation: NegationFile,
    /// Cue patterns per signal id.
    pub cues: BTreeMap<String, CueFile>,
    /// Cues that only count together with another signal.
    #[serde(default)]
    pub combos: Vec<ComboFile>,
    /// Emotion words per signal id.
    #[serde(default)]
    pub emotions: BTreeMap<String, EmotionFile>,
    /// English questions and directions.
    pub en: LanguageFile,
    /// French questions and directions.
    pub fr: LanguageFile,
    /// The closing detector's buying signals and actions.
    pub closing: super::buying::ClosingFile,
}

/// `[negation]`: the words that negate a cue, and their scope.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NegationFile {
    /// Whole-word negators (`not`, `pas`, `jamais`…).
    pub words: Vec<String>,
    /// Elided negator prefixes (`n'`).
    #[serde(default)]
    pub prefixes: Vec<String>,
    /// Contraction suffixes (`n't`).
    #[serde(default)]
    pub suffixes: Vec<String>,
    /// Words that end a negation's scope (`but`, `mais`).
    #[serde(default)]
    pub scope_breakers: Vec<String>,
    /// How many tokens before a cue a negator reaches.
    pub window: usize,
}

/// `[cues.<signal>]`: regex cues, matched on folded text, English and French.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CueFile {
    /// English cues a negator cancels.
    #[serde(default)]
    pub en: Vec<String>,
    /// French cues a negator cancels.
    #[serde(default)]
    pub fr: Vec<String>,
    /// English cues never cancelled (they carry their own negation).
    #[serde(default)]
    pub en_fixed: Vec<String>,
    /// French cues never cancelled.
    #[serde(default)]
    pub fr_fixed: Vec<String>,
    /// Sentiments under which the text cues of this signal are ignored.
    #[serde(default)]
    pub ignore_when_sentiment: Vec<Sentiment>,
}

/// `[[combos]]`: cues that give `signal` only when `requires` is also detected.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComboFile {
    /// The signal the cues give.
    pub signal: String,
    /// The signal that must be present too.
    pub requires: String,
    /// English cues.
    #[serde(default)]
    pub en: Vec<String>,
    /// French cues.
    #[serde(default)]
    pub fr: Vec<String>,
}

/// `[emotions.<signal>]`: emotion words that give the signal.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmotionFile {
    /// Emotion words, English and French.
    pub words: Vec<String>,
    /// The sentiments the emotion must come with; empty means any.
    #[serde(default)]
    pub sentiments: Vec<Sentiment>,
}

/// `[en]` or `[fr]`: what the analyzer says in one language.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageFile {
    /// One entry per signal id.
    pub signals: BTreeMap<String, EntryFile>,
    /// No-signal entries: stage, then sentiment.
    pub situations: BTreeMap<String, BTreeMap<String, EntryFile>>,
    /// The fallback note when the LLM is unavailable.
    pub api_unavailable: NoteFile,
}

/// Questions and directions for one signal or situation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryFile {
    /// Questions the agent could ask (at least two).
    pub questions: Vec<String>,
    /// Recommended directions (at least one).
    pub directions: Vec<String>,
}

/// The note appended to the direction when the LLM is unavailable.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteFile {
    /// One short sentence.
    pub direction: String,
}

/// Validated questions and directions, with a salt that varies picks per entry.
#[derive(Debug, Clone)]
pub struct Entry {
    /// At least two non-empty questions.
    pub questions: Vec<String>,
    /// At least one non-empty direction.
    pub directions: Vec<String>,
    /// A stable hash of the entry's name, so entries do not rotate in lockstep.
    pub salt: u64,
}

/// One language's validated entries.
#[derive(Debug, Clone)]
pub struct LanguageBook {
    signals: Vec<Entry>,
    situations: Vec<Entry>,
    api_unavailable: String,
}

impl LanguageBook {
    /// The entry for `signal`.
    #[must_use]
    pub fn signal(&self, signal: Signal) -> &Entry {
        &self.signals[signal.index()]
    }

    /// The entry for a no-signal situation.
    #[must_use]
    pub fn situation(&self, stage: Stage, sentiment: Sentiment) -> &Entry {
        &self.situations[situation_index(stage, sentiment)]
    }

    /// The note for a fallback given because the LLM is unavailable.
    #[must_use]
    pub fn api_unavailable(&self) -> &str {
        &self.api_unavailable
    }
}

/// The validated playbook: entries per language and the small talk.
#[derive(Debug, Clone)]
pub struct Playbook {
    en: LanguageBook,
    fr: LanguageBook,
    /// The words of small talk, which tell the opening from the rest.
    pub small_talk: SmallTalk,
}

impl Playbook {
    /// Validates the file's language sections and stages.
    ///
    /// # Errors
    /// A message naming the faulty entry.
    pub fn from_file(file: &PlaybookFile) -> Result<Self, String> {
        Ok(Self {
            en: build_language("en", &file.en)?,
            fr: build_language("fr", &file.fr)?,
            small_talk: SmallTalk::from_file(&file.stages)?,
        })
    }

    /// The entries of `language`.
    #[must_use]
    pub fn language(&self, language: Language) -> &LanguageBook {
        match language {
            Language::En => &self.en,
            Language::Fr => &self.fr,
        }
    }
}

/// Parses the TOML text of a playbook file.
///
/// # Errors
/// The TOML parser's message, with the line and key at fault.
pub fn parse_file(text: &str) -> Result<PlaybookFile, String> {
    toml::from_str(text).map_err(|e| e.to_string())
}

/// Checks that every key of `map` is a known signal id.
///
/// # Errors
/// `<section>.<key>: unknown signal` for the first unknown key.
pub fn check_signal_keys<V>(section: &str, map: &BTreeMap<String, V>) -> Result<(), String> {
    match map.keys().find(|key| Signal::parse(key).is_none()) {
        Some(key) => Err(format!("{section}.{key}: unknown signal")),
        None => Ok(()),
    }
}

fn situation_index(stage: Stage, sentiment: Sentiment) -> usize {
    let column = match sentiment {
        Sentiment::Positive => 0,
        Sentiment::Neutral => 1,
        Sentiment::Negative => 2,
    };
    stage.index() * 3 + column
}

fn build_language(lang: &str, file: &LanguageFile) -> Result<LanguageBook, String> {
    check_signal_keys(&format!("{lang}.signals"), &file.signals)?;
    let mut signals = Vec::with_capacity(Signal::ALL.len());
    for signal in Signal::ALL {
        let name = format!("{lang}.signals.{signal}");
        let entry = file
            .signals
            .get(signal.as_str())
            .ok_or_else(|| format!("{name}: missing"))?;
        signals.push(build_entry(&name, entry)?);
    }
    let situations = build_situations(lang, &file.situations)?;
    let note = file.api_unavailable.direction.trim();
    if note.is_empty() {
        return Err(format!("{lang}.api_unavailable.direction: empty"));
    }
    Ok(LanguageBook {
        signals,
        situations,
        api_unavailable: note.to_owned(),
    })
}

fn build_situations(
    lang: &str,
    file: &BTreeMap<String, BTreeMap<String, EntryFile>>,
) -> Result<Vec<Entry>, String> {
    let sentiments = [Sentiment::Positive, Sentiment::Neutral, Sentiment::Negative];
    for (stage, by_sentiment) in file {
        if Stage::parse(stage).is_none() {
            let known: Vec<&str> = Stage::ALL.iter().map(|s| s.as_str()).collect();
            return Err(format!(
                "{lang}.situations.{stage}: unknown stage (the stages are {})",
                known.join(", ")
            ));
        }
        if let Some(key) = by_sentiment.keys().find(|k| Sentiment::parse(k).is_none()) {
            return Err(format!(
                "{lang}.situations.{stage}.{key}: unknown sentiment"
            ));
        }
    }
    let mut entries = Vec::with_capacity(Stage::ALL.len() * sentiments.len());
    for stage in Stage::ALL {
        for sentiment in sentiments {
            let name = format!(
                "{lang}.situations.{}.{}",
                stage.as_str(),
                sentiment.as_str()
            );
            let entry = file
                .get(stage.as_str())
                .and_then(|by_sentiment| by_sentiment.get(sentiment.as_str()))
                .ok_or_else(|| format!("{name}: missing (every stage needs every sentiment)"))?;
            entries.push(build_entry(&name, entry)?);
        }
    }
    Ok(entries)
}

fn build_entry(name: &str, entry: &EntryFile) -> Result<Entry, String> {
    let questions = clean_list(&format!("{name}.questions"), &entry.questions, 2)?;
    let directions = clean_list(&format!("{name}.directions"), &entry.directions, 1)?;
    Ok(Entry {
        questions,
        directions,
        salt: stable_hash(name),
    })
}

fn clean_list(name: &str, items: &[String], minimum: usize) -> Result<Vec<String>, String> {
    if items.len() < minimum {
        return Err(format!(
            "{name}: at least {minimum} needed, found {}",
            items.len()
        ));
    }
    let mut cleaned = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let trimmed = item.trim();
        if trimmed.is_empty() {
            return Err(format!("{name}[{index}]: empty"));
        }
        if cleaned.iter().any(|seen: &String| seen == trimmed) {
            return Err(format!("{name}[{index}]: duplicate"));
        }
        cleaned.push(trimmed.to_owned());
    }
    Ok(cleaned)
}
