<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EventCommands</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDetailsPanel</name>
    <message>
        <source>The source gives no time for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It happened in the penalty shoot-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source places it in the %1 but gives no minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It happened in stoppage time after the %1 minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It happened in the %1 minute of stoppage time after the %2 minute (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It happened in the %1 minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with another part of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scored from the penalty spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, assisted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. The score became %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put the ball into his own net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the goal counts for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missed a penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was shown a yellow card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was shown a second yellow card and sent off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was shown a straight red card and sent off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was substituted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 came on for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VAR review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> involving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chance for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took a kick in the shoot-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The score was %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>17, 45+2, 90+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assist / on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected goals (xG): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an event on the timeline or in the list to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventFilterBar</name>
    <message>
        <source>Up to the playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventResolver</name>
    <message>
        <source>The report gives the final score as %1, but the goals found add up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) have no minute in the report: shown in their half or as unplaced, in the order the report tells them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) or card(s) could not be given to a team.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the goal by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the goal by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not meet %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out %1: with it the goals would not add up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTable</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minute: 17, 45+2, 90+ (stoppage time of unstated length), pens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Season &amp;Results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline as &amp;Image (PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;Playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back One Minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward One Minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Five Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward Five Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kick-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play Backward (Again: Faster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play Forward (Again: Faster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 match minute(s) a second</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Matchline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match files (*.txt *.json);;Match reports (*.txt);;JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Season Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season results (*.txt *.csv);;openfootball match lists (*.txt);;football-data CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match events were found in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Matchline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Matchline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Matchline %1&lt;/h3&gt;&lt;p&gt;A football match timeline viewer: open a match report, see the match.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 — LGPL v3 (The Qt Company)&lt;/li&gt;&lt;li&gt;QCustomPlot 2.1 — GPL v3 (Emanuel Eichhammer)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Team names: openfootball (public domain, CC0).&lt;/p&gt;&lt;p&gt;StatsBomb open data, when opened, is provided by StatsBomb.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop opening the file (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show this place in the report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchDocument</name>
    <message>
        <source>Matchline does not write over the file it opened (%1). Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matchline match (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The match has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchEvent</name>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAR decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kick-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty shoot-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoot-out kick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit the woodwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared off the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal disallowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchEventModel</name>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assist / on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchJsonReader</name>
    <message>
        <source>Not valid JSON: %1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Matchline file: the JSON is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Matchline file: &quot;format&quot;: &quot;matchline&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matchline file without a valid &quot;version&quot; number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file uses Matchline format version %1, newer than the version %2 this program reads. Open it with a newer Matchline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 has an unknown type &quot;%2&quot;; it is kept as &quot;other&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchJsonWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchLoader</name>
    <message>
        <source>Could not open %1.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the results in %1.
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProseReportReader</name>
    <message>
        <source>The file holds no text: nothing was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team names were recognised in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match events were found in this text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportReader</name>
    <message>
        <source>%1 is a folder, not a match file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB of text: too large to be a match report (limit %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB: larger than the %3 MB of one match&apos;s data that Matchline opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too much text to be a match report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown JSON: neither a Matchline match file (&quot;format&quot;: &quot;matchline&quot;) nor StatsBomb event data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTextView</name>
    <message>
        <source>Report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no report text: it was read from structured data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsReader</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results were found: neither a football-data CSV nor an openfootball match list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n team name(s) not in Matchline&apos;s team list, shown as written: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a season&apos;s results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line(s) could not be read as results: line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 result(s) have no date before them: line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file has no %1 column: it is not a results file in the football-data layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) could not be read (missing or invalid date, team or score): line %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreSolver</name>
    <message>
        <source>the stated final score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score the report gives after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the report says the goal did to the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the side the report or the scorer&apos;s club gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one side for a player&apos;s goals or goals listed together</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scoreboard</name>
    <message>
        <source>Score at the playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match time at the playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected goals at the playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xG %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FT (%1 pens)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScrubBar</name>
    <message>
        <source>Playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to move through the match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandingsModel</name>
    <message>
        <source>The report gives %1 %2 points; the results file gives %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report places %1 %2; the results file, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Before the match, from %1 (%n result(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>As if the match ended %1, from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results file does not have this match; it is added from the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file states nothing about the league table. Open a season&apos;s results (File &gt; Open Season Results) for the full table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the report states, before the match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the report states, as if the match ended %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points before the match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places gained or lost since before the match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last five results, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandingsPanel</name>
    <message>
        <source>Use It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the Playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season results found beside the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsBombReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not StatsBomb event data: the JSON is not an array of events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, penalty conceded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matches file gives the final score as %1, but the goals in the events add up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The own goal at %1 is by a player of the team it counts for: the event data contradicts itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event types Matchline does not know were kept as &quot;other&quot;: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) have no period or minute and are shown without a time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the array are not events and were skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No team names were found in the events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 events: far more than one match has (about 4,000). Open one match&apos;s events file at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableFacts</name>
    <message>
        <source>%1 points %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the image to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match timeline exported by Matchline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePlot</name>
    <message>
        <source>Match timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ET HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unknown export format &quot;%1&quot; (known: json, csv, standings-csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Football match timeline viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the match in FORMAT (json) to stdout and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to OUT.png and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A season&apos;s results (openfootball .txt or football-data .csv) for the full league table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match file to open (a report .txt, Matchline .json or StatsBomb events .json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export needs a file to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
