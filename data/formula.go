package data

import "fmt"

// Bounds on a derived figure's formula, checked before it is evaluated:
// a formula is arithmetic over a few figures ("a / (1 + b / 100)"), and a
// record file is untrusted — a megabyte of nested parentheses must not
// overflow the stack or hold the loader for a minute.
const (
	maxFormulaBytes = 1000
	maxFormulaDepth = 16
	maxFormulaTerms = 64
)

// checkFormula allows ids, decimal numbers, + - * / and parentheses,
// within the bounds above. Everything else an expression language offers
// (ranges like 1..999999, calls, strings, comparisons) is refused: a
// figure is never derived with it, and each is a way to make evaluation
// slow or its error enormous.
func checkFormula(s string) error {
	if len(s) > maxFormulaBytes {
		return fmt.Errorf("formula is %d bytes long; at most %d", len(s), maxFormulaBytes)
	}
	depth, terms := 0, 0
	expectTerm := true // a number, id or "(" comes next
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			i++
			continue
		case c == '(':
			if !expectTerm {
				return fmt.Errorf("formula: \"(\" at byte %d follows a value", i+1)
			}
			depth++
			if depth > maxFormulaDepth {
				return fmt.Errorf("formula nests parentheses deeper than %d", maxFormulaDepth)
			}
		case c == ')':
			if expectTerm || depth == 0 {
				return fmt.Errorf("formula: unexpected \")\" at byte %d", i+1)
			}
			depth--
		case c == '+' || c == '-' || c == '*' || c == '/':
			if expectTerm && c != '-' {
				return fmt.Errorf("formula: operator %q at byte %d needs a value before it", c, i+1)
			}
			if !expectTerm {
				expectTerm = true
			}
		case c >= '0' && c <= '9', c >= 'a' && c <= 'z':
			if !expectTerm {
				return fmt.Errorf("formula: a value at byte %d follows a value", i+1)
			}
			n := formulaTerm(s[i:])
			if n == 0 {
				return fmt.Errorf("formula: malformed number at byte %d", i+1)
			}
			terms++
			if terms > maxFormulaTerms {
				return fmt.Errorf("formula has more than %d terms", maxFormulaTerms)
			}
			i += n
			expectTerm = false
			continue
		default:
			return fmt.Errorf("formula: %q at byte %d is not allowed (use figure ids, numbers, + - * / and parentheses)", rune(c), i+1)
		}
		i++
	}
	switch {
	case depth != 0:
		return fmt.Errorf("formula: %d unclosed \"(\"", depth)
	case expectTerm:
		return fmt.Errorf("formula ends without a value")
	}
	return nil
}

// formulaTerm is the length of the id or number at the start of s, or 0
// when a number is malformed (a second point, as in "1..9" or "1.2.3").
func formulaTerm(s string) int {
	if s[0] >= 'a' && s[0] <= 'z' {
		n := 0
		for n < len(s) && (s[n] >= 'a' && s[n] <= 'z' || s[n] >= '0' && s[n] <= '9' || s[n] == '-' && n+1 < len(s) && isIDChar(s[n+1])) {
			n++
		}
		return n
	}
	n, points := 0, 0
	for n < len(s) && (s[n] >= '0' && s[n] <= '9' || s[n] == '.') {
		if s[n] == '.' {
			points++
		}
		n++
	}
	if points > 1 || s[n-1] == '.' {
		return 0
	}
	if n+1 < len(s) && (s[n] == 'e' || s[n] == 'E') {
		// An exponent, as in 1e9 or 2.5e-3.
		m := n + 1
		if m < len(s) && (s[m] == '+' || s[m] == '-') {
			m++
		}
		k := m
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k == m {
			return 0
		}
		n = k
	}
	if n < len(s) && isIDChar(s[n]) {
		return 0 // "2x", "1e9": not a plain number
	}
	return n
}

func isIDChar(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }
