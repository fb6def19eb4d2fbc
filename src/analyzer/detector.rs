//! Signal detection for one utterance: cue patterns (negation aware), combined
//! cues, and emotion words with sentiment.
//!
//! Everything is compiled once at load: the cues of a signal, English and French
//! together, become one regex per kind (negatable, fixed), so detecting the ten
//! signals costs one tokenizing pass, one pass of the cue screen (`screen`: which
//! of the seventeen regexes can match at all) and the scans of the few regexes it
//! leaves, over a short, ASCII-folded text.
//!
//! Rule for speakers: signals describe the client. Text cues, emotions and
//! sentiment are only read from client utterances; an agent saying "our price is
//! competitive" or "do you have a budget?" gives no signal. When the agent spoke
//! last, the analyzer reads the latest client utterance instead (see `compose`).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

use regex::Regex;

use super::features::{self, Side};
use super::language;
use super::model::Model;
use super::negation::NegationRules;
use super::normalize::{FoldedText, fold, fold_accents, tokenize};
use super::playbook::{CueFile, EmotionFile, NegationFile, PlaybookFile, check_signal_keys};
use super::screen::{Candidates, Screen, ScreenBuilder, Slot};
use super::spelling::Spelling;
use crate::domain::{Sentiment, Signal, SignalSet, Speaker, Utterance};

/// A compiled cue regex and its place in the detector's screen.
#[derive(Debug, Clone)]
struct CueRegex {
    regex: Regex,
    slot: Slot,
}

impl CueRegex {
    fn new(regex: Regex, screen: &mut ScreenBuilder) -> Self {
        let slot = screen.add(&regex);
        Self { regex, slot }
    }

    /// The regex, unless the screen says it cannot match.
    fn screened(&self, candidates: Candidates) -> Option<&Regex> {
        candidates.may_match(self.slot).then_some(&self.regex)
    }
}

/// The compiled cues of one signal.
#[derive(Debug, Clone)]
struct SignalCues {
    /// Cues a negator cancels.
    plain: Option<CueRegex>,
    /// Cues never cancelled.
    fixed: Option<CueRegex>,
    /// Sentiments under which these text cues are ignored.
    ignore_when: Vec<Sentiment>,
}

/// Cues giving `signal` only when `requires` was detected too. They are not
/// negation-checked: comparisons such as "less expensive" or "moins cher" hold a
/// negator-like word themselves, and the required signal already was.
#[derive(Debug, Clone)]
struct Combo {
    signal: Signal,
    requires: Signal,
    cues: CueRegex,
}

/// What a signal's cues say of an utterance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// A cue matched, not negated.
    Found,
    /// Cues matched, every one of them negated.
    Negated,
    /// No cue matched.
    Absent,
}

/// An emotion word's meaning: a signal, under some sentiments (empty: any).
#[derive(Debug, Clone)]
struct EmotionRule {
    signal: Signal,
    sentiments: Vec<Sentiment>,
}

/// The compiled detection lexicon.
#[derive(Debug, Clone)]
pub struct Detector {
    cues: Vec<SignalCues>,
    combos: Vec<Combo>,
    /// Which of the cue regexes can match a text.
    screen: Screen,
    emotions: HashMap<String, Vec<EmotionRule>>,
    negation: NegationRules,
    spelling: Spelling,
    model: Model,
    /// Unique to this detector, so messages remember what it found in them.
    id: u64,
}

/// The id of the next detector built.
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

impl Detector {
    /// Compiles the lexicon sections of the playbook file.
    ///
    /// # Errors
    /// A message naming the faulty entry, such as `cues.budget.fr[3]`.
    pub fn from_file(file: &PlaybookFile) -> Result<Self, String> {
        check_signal_keys("cues", &file.cues)?;
        check_signal_keys("emotions", &file.emotions)?;
        let mut screen = ScreenBuilder::default();
        let mut cues = Vec::with_capacity(Signal::ALL.len());
        for signal in Signal::ALL {
            let entry = file.cues.get(signal.as_str());
            cues.push(compile_signal_cues(signal, entry, &mut screen)?);
        }
        let combos = compile_combos(file, &mut screen)?;
        Ok(Self {
            cues,
            combos,
            screen: screen.build()?,
            emotions: compile_emotions(&file.emotions)?,
            negation: compile_negation(&file.negation)?,
            spelling: Spelling::from_sources(cue_sources(file)),
            model: Model::default(),
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        })
    }

    /// The signals one utterance shows; always empty for the agent's own words.
    #[must_use]
    pub fn detect(
        &self,
        text: &str,
        speaker: Speaker,
        sentiment: Sentiment,
        emotion: &str,
    ) -> SignalSet {
        if speaker == Speaker::Agent {
            return SignalSet::new();
        }
        self.detect_tokens(tokenize(text), sentiment, emotion)
    }

    /// [`Detector::detect`] for a client utterance already tokenized.
    fn detect_tokens(&self, tokens: FoldedText, sentiment: Sentiment, emotion: &str) -> SignalSet {
        let mut found = SignalSet::new();
        let folded = self.spelling.correct(tokens);
        let candidates = self.screen.candidates(&folded.text);
        let mut negated = SignalSet::new();
        for (signal, cues) in Signal::ALL.into_iter().zip(&self.cues) {
            if cues.ignore_when.contains(&sentiment) {
                continue;
            }
            match self.cues_match(cues, &folded, candidates) {
                Cue::Found => found.insert(signal),
                Cue::Negated => negated.insert(signal),
                Cue::Absent => {}
            }
        }
        if !self.model.is_empty() {
            // The model sets aside what it is sure the cues got wrong, and widens
            // them, but never overrules a negated cue ("I don't need my boss's
            // approval" is no decision maker).
            let scores = self.scores(&folded, Side { sentiment, emotion });
            for signal in self.model.vetoed(&scores).iter() {
                found.remove(signal);
            }
            for signal in self.model.decide(&scores).iter() {
                if !negated.contains(signal) {
                    found.insert(signal);
                }
            }
        }
        for combo in &self.combos {
            if found.contains(combo.requires)
                && combo
                    .cues
                    .screened(candidates)
                    .is_some_and(|re| re.is_match(&folded.text))
            {
                found.insert(combo.signal);
            }
        }
        if found.is_empty() {
            self.add_emotion_signals(&mut found, sentiment, emotion);
        }
        found
    }

    /// Uses `model` beside the cues (an empty model turns it off).
    pub fn set_model(&mut self, model: Model) {
        self.model = model;
        self.id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    }

    /// [`Detector::detect`] for a message of the conversation, detected once for
    /// its whole life in the session and remembered beside it.
    /// The message's language evidence is scored from the same tokens, if it
    /// was not yet.
    pub fn detect_message(&self, message: &Utterance) -> SignalSet {
        message.rendered.signals(self.id, || {
            if message.speaker == Speaker::Agent {
                return SignalSet::new();
            }
            let tokens = tokenize(&message.text);
            let rendered = &message.rendered;
            rendered.language_score(|| language::score_tokens(&message.text, &tokens));
            self.detect_tokens(tokens, message.sentiment, &message.emotion)
        })
    }

    /// The model's score (logit) of each signal for a folded utterance.
    fn scores(&self, folded: &FoldedText, side: Side<'_>) -> super::model::Scores {
        let mut hashes = Vec::with_capacity(folded.tokens.len() * 8 + 2);
        features::for_each(folded, &self.negation, side, |hash, _| hashes.push(hash));
        self.model.scores(hashes)
    }

    /// Calls `each` with every model feature of `text` (hash and name), as the
    /// detector sees the text (folded, cleaned, typos corrected).
    pub fn features(&self, text: &str, side: Side<'_>, each: impl FnMut(u64, &str)) {
        let folded = self.spelling.correct(tokenize(text));
        features::for_each(&folded, &self.negation, side, each);
    }

    fn cues_match(&self, cues: &SignalCues, folded: &FoldedText, candidates: Candidates) -> Cue {
        let fixed = cues.fixed.as_ref().and_then(|c| c.screened(candidates));
        if fixed.is_some_and(|re| re.is_match(&folded.text)) {
            return Cue::Found;
        }
        let plain = cues.plain.as_ref().and_then(|c| c.screened(candidates));
        plain.map_or(Cue::Absent, |re| self.plain_cue(re, folded))
    }

    /// Whether `regex` matches somewhere a negator does not cancel it.
    pub(super) fn plain_match(&self, regex: &Regex, folded: &FoldedText) -> bool {
        self.plain_cue(regex, folded) == Cue::Found
    }

    /// What `regex`, a negatable cue, says of the text: found somewhere a negator
    /// does not cancel it, only found negated, or absent.
    fn plain_cue(&self, regex: &Regex, folded: &FoldedText) -> Cue {
        let mut cue = Cue::Absent;
        for m in regex.find_iter(&folded.text) {
            if !self.negation.negates(folded, m.start(), m.end()) {
                return Cue::Found;
            }
            cue = Cue::Negated;
        }
        cue
    }

    fn add_emotion_signals(&self, found: &mut SignalSet, sentiment: Sentiment, emotion: &str) {
        let Some(rules) = self.emotions.get(fold(emotion).trim()) else {
            return;
        };
        for rule in rules {
            if rule.sentiments.is_empty() || rule.sentiments.contains(&sentiment) {
                found.insert(rule.signal);
            }
        }
    }
}

#[cfg(test)]
impl Detector {
    /// The cue regexes that match `text` (as detection folds it) although the
    /// screen set them aside: none, if the screen is sound.
    pub(super) fn screened_out_matches(&self, text: &str) -> Vec<String> {
        let folded = self.spelling.correct(tokenize(text));
        let candidates = self.screen.candidates(&folded.text);
        let signals = Signal::ALL.into_iter().zip(&self.cues);
        let signal_cues = signals.flat_map(|(signal, cues)| {
            [("plain", &cues.plain), ("fixed", &cues.fixed)]
                .into_iter()
                .filter_map(move |(kind, cue)| Some((format!("{signal}.{kind}"), cue.as_ref()?)))
        });
        let combos = self.combos.iter().enumerate();
        signal_cues
            .chain(combos.map(|(index, combo)| (format!("combos[{index}]"), &combo.cues)))
            .filter(|(_, cue)| {
                cue.regex.is_match(&folded.text) && cue.screened(candidates).is_none()
            })
            .map(|(name, _)| name)
            .collect()
    }
}

/// Every cue pattern of the file: the words typos are corrected to.
fn cue_sources(file: &PlaybookFile) -> impl Iterator<Item = &str> {
    let signals = file
        .cues
        .values()
        .flat_map(|cue| [&cue.en, &cue.fr, &cue.en_fixed, &cue.fr_fixed]);
    let combos = file.combos.iter().flat_map(|combo| [&combo.en, &combo.fr]);
    signals.chain(combos).flatten().map(String::as_str)
}

fn compile_signal_cues(
    signal: Signal,
    entry: Option<&CueFile>,
    screen: &mut ScreenBuilder,
) -> Result<SignalCues, String> {
    let name = format!("cues.{signal}");
    let entry = entry.ok_or_else(|| format!("{name}: missing"))?;
    let plain = compile_cues(&name, &[("en", &entry.en), ("fr", &entry.fr)])?
        .map(|re| CueRegex::new(re, screen));
    let fixed = compile_cues(
        &name,
        &[("en_fixed", &entry.en_fixed), ("fr_fixed", &entry.fr_fixed)],
    )?
    .map(|re| CueRegex::new(re, screen));
    if plain.is_none() && fixed.is_none() {
        return Err(format!("{name}: no cue"));
    }
    Ok(SignalCues {
        plain,
        fixed,
        ignore_when: entry.ignore_when_sentiment.clone(),
    })
}

/// Compiles lists of cues into one regex; `None` when there is no cue at all.
pub(super) fn compile_cues(
    name: &str,
    lists: &[(&str, &Vec<String>)],
) -> Result<Option<Regex>, String> {
    let mut alternatives = Vec::new();
    for (key, cues) in lists {
        for (index, cue) in cues.iter().enumerate() {
            let entry = format!("{name}.{key}[{index}]");
            alternatives.push(check_cue(&entry, cue)?);
        }
    }
    if alternatives.is_empty() {
        return Ok(None);
    }
    // Start at a word boundary (possibly after an elision: "d'urgence"), end at the
    // end of a token: tokens are separated by single spaces in folded text.
    let pattern = format!(r"(?-u:\b)(?:{})(?: |$)", alternatives.join("|"));
    Regex::new(&pattern)
        .map(Some)
        .map_err(|e| format!("{name}: {e}"))
}

/// Folds a cue's accents and checks it compiles and is lowercase.
fn check_cue(entry: &str, cue: &str) -> Result<String, String> {
    let folded = fold_accents(cue.trim());
    if folded.is_empty() {
        return Err(format!("{entry}: empty cue"));
    }
    let mut previous = ' ';
    for c in folded.chars() {
        if c.is_uppercase() && previous != '\\' {
            return Err(format!(
                "{entry}: cues are matched on lowercase text: {cue:?}"
            ));
        }
        previous = c;
    }
    Regex::new(&folded).map_err(|e| format!("{entry}: {e}"))?;
    Ok(format!("(?:{folded})"))
}

fn compile_combos(file: &PlaybookFile, screen: &mut ScreenBuilder) -> Result<Vec<Combo>, String> {
    let mut combos = Vec::with_capacity(file.combos.len());
    for (index, combo) in file.combos.iter().enumerate() {
        let name = format!("combos[{index}]");
        let parse = |field: &str, id: &str| {
            Signal::parse(id).ok_or_else(|| format!("{name}.{field}: unknown signal {id:?}"))
        };
        let signal = parse("signal", &combo.signal)?;
        let requires = parse("requires", &combo.requires)?;
        let cues = compile_cues(&name, &[("en", &combo.en), ("fr", &combo.fr)])?
            .ok_or_else(|| format!("{name}: no cue"))?;
        combos.push(Combo {
            signal,
            requires,
            cues: CueRegex::new(cues, screen),
        });
    }
    Ok(combos)
}

fn compile_emotions(
    file: &std::collections::BTreeMap<String, EmotionFile>,
) -> Result<HashMap<String, Vec<EmotionRule>>, String> {
    let mut emotions: HashMap<String, Vec<EmotionRule>> = HashMap::new();
    for signal in Signal::ALL {
        let Some(entry) = file.get(signal.as_str()) else {
            continue;
        };
        for (index, word) in entry.words.iter().enumerate() {
            let folded = fold(word).trim().to_owned();
            if folded.is_empty() {
                return Err(format!("emotions.{signal}.words[{index}]: empty"));
            }
            emotions.entry(folded).or_default().push(EmotionRule {
                signal,
                sentiments: entry.sentiments.clone(),
            });
        }
    }
    Ok(emotions)
}

fn compile_negation(file: &NegationFile) -> Result<NegationRules, String> {
    if file.words.is_empty() {
        return Err("negation.words: at least one negator needed".into());
    }
    if !(1..=8).contains(&file.window) {
        return Err(format!("negation.window: {} is not in 1..=8", file.window));
    }
    Ok(NegationRules::new(
        &file.words,
        &file.prefixes,
        &file.suffixes,
        &file.scope_breakers,
        file.window,
    ))
}
