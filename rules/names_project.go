package rules

import (
	"strings"
)

// Project names (Dictionaries.Names, KnownDistinct) live in a small
// gazetteer of their own, built once per Dictionaries; the names rules see
// it beside the built-in one through a nameView. Nothing here changes the
// built-in gazetteer, so two configurations in one run never meet.

// nameView is what a names rule consults: the built-in gazetteer and the
// project's additions (x, nil when the project adds no names).
type nameView struct {
	base *nameGazetteer
	x    *nameGazetteer
}

// namesFor returns the view for a rule run with the given dictionaries
// (which may be nil).
func namesFor(d *Dictionaries) nameView {
	return nameView{base: namesGaz(), x: d.projectNames()}
}

// buildProjectNames indexes the project's canonical names and its groups
// of known-distinct names. Entity ids start at idBase, after the built-in
// ones; project names belong to the famous tier.
func buildProjectNames(names []string, groups [][]string, idBase int) *nameGazetteer {
	g := newNameGazetteer()
	g.canon = map[string]string{}
	g.lower = map[string]bool{}
	var es []NameEntry
	for _, n := range names {
		n = strings.Join(strings.Fields(n), " ")
		if n == "" {
			continue
		}
		es = append(es, NameEntry{Kind: projectNameKind(n), Canonical: n})
		g.lower[strings.ToLower(n)] = true
		for _, w := range nameWords(n) {
			if f := nameFold(w); f != "" {
				if _, ok := g.canon[f]; !ok {
					g.canon[f] = w
				}
			}
		}
	}
	g.addEntries(es, idBase, len(es))
	for _, grp := range groups {
		for i := range grp {
			for j := i + 1; j < len(grp); j++ {
				g.addDistinct(grp[i], grp[j])
				// Names that differ in one word ("Kim Jong Un", "Kim Jong
				// Il") keep that word pair apart too.
				a, b := nameWords(grp[i]), nameWords(grp[j])
				if len(a) != len(b) || len(a) < 2 {
					continue
				}
				diff := -1
				for k := range a {
					if nameFold(a[k]) != nameFold(b[k]) {
						if diff >= 0 {
							diff = -2
							break
						}
						diff = k
					}
				}
				if diff >= 0 {
					g.addDistinct(a[diff], b[diff])
				}
			}
		}
	}
	return g
}

// projectOrgWords mark a project name as an organisation or place rather
// than a person.
var projectOrgWords = map[string]bool{"party": true, "news": true, "times": true, "journal": true, "press": true, "post": true,
	"bank": true, "council": true, "ministry": true, "university": true, "college": true, "company": true, "group": true,
	"inc": true, "ltd": true, "association": true, "agency": true, "institute": true, "foundation": true, "committee": true,
	"department": true, "office": true, "club": true, "league": true, "union": true, "court": true, "city": true,
	"county": true, "state": true, "republic": true, "island": true, "islands": true, "river": true, "street": true,
	"independent": true, "herald": true, "tribune": true, "network": true, "radio": true, "television": true, "tv": true,
	"service": true, "services": true, "corporation": true, "corp": true, "fund": true, "organisation": true,
	"organization": true, "authority": true, "commission": true, "school": true, "hospital": true, "church": true}

// projectNameKind guesses the kind of a project name, which the
// configuration gives as a plain spelling: two to four capitalised words
// without function words or organisation words are a person.
func projectNameKind(n string) NameKind {
	ws := nameWords(n)
	if len(ws) < 2 || len(ws) > 4 {
		return NameOrg
	}
	for _, w := range ws {
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if namesFunctionWords[lw] || projectOrgWords[lw] || !isUpperStart(w) {
			return NameOrg
		}
	}
	return NamePerson
}

// info merges what both gazetteers know of a folded token.
func (v nameView) info(f string) nameTokInfo {
	return v.withProject(v.base.info(f), f)
}

// infoOf is info of a word, whose built-in part it already holds.
func (v nameView) infoOf(w *nameWord) nameTokInfo {
	return v.withProject(w.info, w.fold)
}

// withProject adds what the project gazetteer knows of f to i.
func (v nameView) withProject(i nameTokInfo, f string) nameTokInfo {
	if v.x == nil {
		return i
	}
	if t, ok := v.x.toks[f]; ok {
		i.known = i.known || t.known
		i.surname = i.surname || t.surname
		i.given = i.given || t.given
		if i.entity == 0 {
			i.entity = t.entity
		}
	}
	return i
}

// isDistinct reports a known-distinct pair of either gazetteer.
func (v nameView) isDistinct(a, b string) bool {
	return v.base.isDistinct(a, b) || v.x != nil && v.x.isDistinct(a, b)
}

// aliasesOf returns the entity ids a word (folded, a single token)
// spells. A project name only counts for a token the built-in gazetteer
// does not know, so a project listing "Kyiv" does not make it ambiguous.
func (v nameView) aliasesOf(w *nameWord) []int {
	if len(w.aliases) > 0 || v.x == nil {
		return w.aliases
	}
	return v.x.aliasOf[w.fold]
}

// sameEntityOf reports whether two words (single tokens) spell one entity.
func (v nameView) sameEntityOf(a, b *nameWord) bool {
	for _, x := range v.aliasesOf(a) {
		for _, y := range v.aliasesOf(b) {
			if x == y {
				return true
			}
		}
	}
	return false
}

// fullName returns the entity of a folded "given surname".
func (v nameView) fullName(k string) (int, bool) {
	if id, ok := v.base.full[k]; ok {
		return id, true
	}
	if v.x != nil {
		id, ok := v.x.full[k]
		return id, ok
	}
	return 0, false
}

// mayBeFullName reports whether a given name and a surname can be a
// full name of either gazetteer (fullName): addEntries marks the given
// name and files the person under the surname whenever it adds one.
func (v nameView) mayBeFullName(gw, sw *nameWord) bool {
	if sw.persons != nil && gw.info.given {
		return true
	}
	return v.x != nil && len(v.x.persons[sw.fold]) > 0 && v.x.toks[gw.fold].given
}

// fullNameOf is fullName of a given name and a surname (words). The
// built-in full names of the surname are listed with it (nameWord.fulls:
// every one is the given name of a person of the surname); a project's
// are looked up with the folds joined by a space in buf.
func (v nameView) fullNameOf(buf []byte, gw, sw *nameWord) (int, bool, []byte) {
	for _, f := range sw.fulls {
		if f.given == gw.fold {
			return f.entity, true, buf
		}
	}
	if v.x != nil {
		buf = append(append(append(buf[:0], gw.fold...), ' '), sw.fold...)
		id, ok := v.x.full[string(buf)]
		return id, ok, buf
	}
	return 0, false, buf
}

// persons returns the people with a folded surname.
func (v nameView) persons(sf string) []namePerson {
	return v.withProjectPersons(v.base.persons[sf], sf)
}

// personsOf is persons of a word, whose built-in people it already holds.
func (v nameView) personsOf(w *nameWord) []namePerson {
	return v.withProjectPersons(w.persons, w.fold)
}

// withProjectPersons adds the project's people surnamed sf to ps.
func (v nameView) withProjectPersons(ps []namePerson, sf string) []namePerson {
	if v.x == nil {
		return ps
	}
	if xs := v.x.persons[sf]; len(xs) > 0 {
		return append(append([]namePerson(nil), ps...), xs...)
	}
	return ps
}

// surnameNearOf returns the surnames of both gazetteers near a word's
// fold; the word keeps the built-in part once computed.
func (v nameView) surnameNearOf(w *nameWord) []string {
	return v.withProjectNear(w.near(v.base), w.fold)
}

// withProjectNear adds the project's surnames near s to out, the
// built-in ones (which it must not modify).
func (v nameView) withProjectNear(out []string, s string) []string {
	if v.x == nil || len(v.x.persons) == 0 {
		return out
	}
	for _, k := range v.x.surnameNear(s) {
		if _, dup := v.base.persons[k]; !dup {
			out = append(out, k)
		}
	}
	return out
}

// projectForm returns the spelling a project name gives a folded token.
func (v nameView) projectForm(f string) (string, bool) {
	if v.x == nil {
		return "", false
	}
	w, ok := v.x.canon[f]
	return w, ok
}

// projectName reports a phrase (lower case) that is a project name.
func (v nameView) projectName(lower string) bool { return v.x != nil && v.x.lower[lower] }
