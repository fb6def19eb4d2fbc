//! Output: one JSON line per result on stdout, a human table on stderr.

use std::io::Write;

use serde::Serialize;

use crate::conn::FrameCounts;

/// A result that can be printed.
pub trait Report: Serialize {
    /// The table's title.
    fn title(&self) -> String;
    /// The table's rows: a name and a value.
    fn rows(&self) -> Vec<[String; 2]>;
}

/// Prints `report` as a JSON line on stdout and a table on stderr.
///
/// # Errors
/// When stdout is closed or the report cannot be serialized.
pub fn emit<R: Report>(report: &R) -> anyhow::Result<()> {
    let line = serde_json::to_string(report)?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{line}")?;
    out.flush()?;
    let rows: Vec<Vec<String>> = report.rows().into_iter().map(Vec::from).collect();
    eprintln!(
        "\n{}\n{}",
        report.title(),
        render(&["metric", "value"], &rows)
    );
    Ok(())
}

/// A plain-text table with aligned columns.
#[must_use]
pub fn render(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if let Some(width) = widths.get_mut(i) {
                *width = (*width).max(cell.chars().count());
            }
        }
    }
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
            .collect();
        format!("| {} |", padded.join(" | "))
    };
    let rule = format!(
        "|{}|",
        widths
            .iter()
            .map(|w| "-".repeat(w + 2))
            .collect::<Vec<_>>()
            .join("|")
    );
    let mut text = vec![line(headers.to_vec()), rule];
    text.extend(
        rows.iter()
            .map(|row| line(row.iter().map(String::as_str).collect())),
    );
    text.join("\n")
}

/// A row of a two-column table.
#[must_use]
pub fn row(name: &str, value: impl ToString) -> [String; 2] {
    [name.to_owned(), value.to_string()]
}

/// Frame counts as `label=n, ...`, or `-`.
#[must_use]
pub fn counts(counts: &FrameCounts) -> String {
    if counts.is_empty() {
        return "-".to_owned();
    }
    counts
        .iter()
        .map(|(label, n)| format!("{label}={n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// An optional number, or `-`.
#[must_use]
pub fn opt(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_owned(), |v| format!("{v}"))
}
