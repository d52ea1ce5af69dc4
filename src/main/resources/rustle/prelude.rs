// The part of Rust's standard library that rustle knows. Signatures are checked like user code;
// bodies that are `intrinsic!()` are implemented by the interpreter, the others run as Rust.

pub enum Option<T> {
    None,
    Some(T),
}

pub enum Result<T, E> {
    Ok(T),
    Err(E),
}

pub struct String;
pub struct Vec<T>;
pub struct Box<T>;
pub struct Range<T> { pub start: T, pub end: T }
pub struct RangeInclusive<T> { pub start: T, pub end: T, pub exhausted: bool }
pub struct RangeFrom<T> { pub start: T }
pub struct RangeTo<T> { pub end: T }
pub struct RangeToInclusive<T> { pub end: T }
pub struct RangeFull;

// std's RangeBounds::contains and the ranges' is_empty, comparing through references as std does.
impl<T: PartialOrd> Range<T> {
    pub fn contains(&self, item: &T) -> bool { &self.start <= item && item < &self.end }
    pub fn is_empty(&self) -> bool { !(&self.start < &self.end) }
}
impl<T: PartialOrd> RangeInclusive<T> {
    pub fn contains(&self, item: &T) -> bool { &self.start <= item && item <= &self.end }
    pub fn is_empty(&self) -> bool { self.exhausted || !(&self.start <= &self.end) }
}
impl<T: PartialOrd> RangeFrom<T> {
    pub fn contains(&self, item: &T) -> bool { &self.start <= item }
}
impl<T: PartialOrd> RangeTo<T> {
    pub fn contains(&self, item: &T) -> bool { item < &self.end }
}
impl<T: PartialOrd> RangeToInclusive<T> {
    pub fn contains(&self, item: &T) -> bool { item <= &self.end }
}
impl<T> RangeInclusive<T> {
    pub fn start(&self) -> &T { &self.start }
    pub fn end(&self) -> &T { &self.end }
    pub fn into_inner(self) -> (T, T) { (self.start, self.end) }
}

// The bounds of a range of keys (std's RangeBounds, as BTreeMap::range and BTreeSet::range use them):
// each end's key and whether it is included; None for an unbounded end.
pub trait __KeyRange<T> {
    fn __lo(&self) -> Option<(&T, bool)>;
    fn __hi(&self) -> Option<(&T, bool)>;
}
impl<T> __KeyRange<T> for Range<T> {
    fn __lo(&self) -> Option<(&T, bool)> { Some((&self.start, true)) }
    fn __hi(&self) -> Option<(&T, bool)> { Some((&self.end, false)) }
}
impl<T> __KeyRange<T> for RangeInclusive<T> {
    fn __lo(&self) -> Option<(&T, bool)> { Some((&self.start, true)) }
    fn __hi(&self) -> Option<(&T, bool)> { Some((&self.end, true)) }
}
impl<T> __KeyRange<T> for RangeFrom<T> {
    fn __lo(&self) -> Option<(&T, bool)> { Some((&self.start, true)) }
    fn __hi(&self) -> Option<(&T, bool)> { None }
}
impl<T> __KeyRange<T> for RangeTo<T> {
    fn __lo(&self) -> Option<(&T, bool)> { None }
    fn __hi(&self) -> Option<(&T, bool)> { Some((&self.end, false)) }
}
impl<T> __KeyRange<T> for RangeToInclusive<T> {
    fn __lo(&self) -> Option<(&T, bool)> { None }
    fn __hi(&self) -> Option<(&T, bool)> { Some((&self.end, true)) }
}
impl<T> __KeyRange<T> for RangeFull {
    fn __lo(&self) -> Option<(&T, bool)> { None }
    fn __hi(&self) -> Option<(&T, bool)> { None }
}

// Iterators: a raw cursor (pointer and end pointer) or an index range over the borrowed buffer.
pub struct Iter<T> { ptr: usize, end: usize }
pub struct IterMut<T> { ptr: usize, end: usize }
pub struct IntoIter<T> { buf: usize, cap: usize, ptr: usize, end: usize }
pub struct Chars { ptr: usize, end: usize }
pub struct Bytes { ptr: usize, end: usize }
// Fields named as std's, which Debug shows (StepBy keeps the step less one, as std).
pub struct Rev<I> { iter: I }
pub struct StepBy<I> { iter: I, step_minus_one: usize, first_take: bool }
pub struct Enumerate<I> { iter: I, count: usize }
pub struct Skip<I> { iter: I, n: usize }
pub struct Take<I> { iter: I, n: usize }
// `&mut I` used as an iterator (std's impl Iterator for &mut I: `it.by_ref().take(3)`): the pointer to
// the iterator it advances in place. Shown as `&mut I` in diagnostics (types.TyPrinter).
pub struct ByRef<I> { ptr: usize }
// Adapters taking closures, laid out as std's: the inner iterator, then the closure's captures.
pub struct Map<I, F> { iter: I, f: F }
pub struct Filter<I, P> { iter: I, predicate: P }
pub struct FilterMap<I, F> { iter: I, f: F }
pub struct TakeWhile<I, P> { iter: I, flag: bool, predicate: P }
pub struct SkipWhile<I, P> { iter: I, flag: bool, predicate: P }
pub struct Inspect<I, F> { iter: I, f: F }
pub struct Zip<A, B> { a: A, b: B }
pub struct Chain<A, B> { a: Option<A>, b: Option<B> }
pub struct Cloned<I> { it: I }
pub struct Copied<I> { it: I }
// std's FlatMap keeps the current inner iterator U (the closure's result turned into an iterator).
pub struct FlatMap<I, F, U> { iter: I, f: F, frontiter: Option<U> }
pub struct Flatten<I, U> { iter: I, frontiter: Option<U> }
// std's Scan (the state after the closure), Fuse (None once the inner iterator has returned None, which
// drops it) and Cycle (orig kept to be cloned into iter whenever iter runs out).
pub struct Scan<I, St, F> { iter: I, f: F, state: St }
pub struct Fuse<I> { iter: Option<I> }
pub struct Cycle<I> { orig: I, iter: I }
// std::iter::repeat (PathCk.resolveStdPath maps `iter::repeat` and `iter::once` to the functions below):
// clones of the element, without end. std::iter::once is an Option's IntoIter, as std's Once wraps one.
pub struct Repeat<T> { element: T }
impl<T: Clone> Iterator for Repeat<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> { Some(self.element.clone()) }
    fn size_hint(&self) -> (usize, Option<usize>) { (usize::MAX, None) }
}
pub fn __iter_repeat<T: Clone>(elt: T) -> Repeat<T> { Repeat { element: elt } }
pub fn __iter_once<T>(value: T) -> OptionIntoIter<T> { OptionIntoIter { inner: Some(value) } }
// std::iter::successors: the next item, then the closure computing the one after it from it.
pub struct Successors<T, F> { next: Option<T>, succ: F }
impl<T, F: FnMut(&T) -> Option<T>> Iterator for Successors<T, F> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        let item = self.next.take()?;
        self.next = (self.succ)(&item);
        Some(item)
    }
    fn size_hint(&self) -> (usize, Option<usize>) { if self.next.is_some() { (1, None) } else { (0, Some(0)) } }
}
pub fn __iter_successors<T, F: FnMut(&T) -> Option<T>>(first: Option<T>, succ: F) -> Successors<T, F> {
    Successors { next: first, succ: succ }
}
// std::iter::from_fn: the closure's results until it returns None. T (the item) is a parameter of the
// struct only, where std's impl takes it from F's bound (rustle's impls take the type's own parameters).
pub struct FromFn<T, F> { f: F }
impl<T, F: FnMut() -> Option<T>> Iterator for FromFn<T, F> {
    type Item = T;
    fn next(&mut self) -> Option<T> { (self.f)() }
}
pub fn __iter_from_fn<T, F: FnMut() -> Option<T>>(f: F) -> FromFn<T, F> { FromFn { f: f } }
// std's Peekable<I> holds Option<Option<I::Item>>; T is that item type.
pub struct Peekable<I, T> { iter: I, peeked: Option<Option<T>> }
// String and slice iterators: the rest of the borrowed text or slice, as (pointer, end) or (pointer, length).
pub struct SplitWhitespace { ptr: usize, end: usize }
pub struct Lines { ptr: usize, end: usize }
pub struct Split<P> { ptr: usize, end: usize, pat: P, finished: u8, terminator: bool }
pub struct CharIndices { front_offset: usize, ptr: usize, end: usize }
pub struct Windows<T> { ptr: usize, len: usize, size: usize }
pub struct Chunks<T> { ptr: usize, len: usize, chunk_size: usize }
// std::array::IntoIter<T, N>: the array moved in (A is [T; N]) and the indices not yet yielded.
pub struct ArrayIntoIter<T, A> { data: A, start: usize, end: usize }
// std::option::IntoIter<T>: what an Option turns into as an iterator (flatten over Options); laid out
// as the Option itself, so the runtime makes one by copying the Option.
pub struct OptionIntoIter<T> { inner: Option<T> }
impl<T> Iterator for OptionIntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> { self.inner.take() }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = if self.inner.is_some() { 1 } else { 0 };
        (n, Some(n))
    }
}

// std::env::Args: the program's command-line arguments, its own name first (the source's path without
// `.rs`), then what follows FILE in `rustle run FILE ARGS...`. Not std's layout (a vec::IntoIter of
// OsStrings): each String is made on the heap as it is taken.
pub struct Args { next: usize, end: usize }
impl Args {
    pub fn __count() -> usize { intrinsic!() }
    pub fn __arg(i: usize) -> String { intrinsic!() }
    // std's ExactSizeIterator::len, as an inherent method.
    pub fn len(&self) -> usize { self.end - self.next }
}
impl Iterator for Args {
    type Item = String;
    fn next(&mut self) -> Option<String> {
        if self.next == self.end {
            return None;
        }
        self.next += 1;
        Some(Args::__arg(self.next - 1))
    }
}
// std::env::args (PathCk.resolveStdPath maps `env::args` here).
pub fn __env_args() -> Args { Args { next: 0, end: Args::__count() } }
// std::env::var (PathCk maps `env::var` here): the variable in the environment rustle runs in.
// NotUnicode holds an OsString in std; a Java environment is always text, so it is never made.
#[derive(Debug, Clone, PartialEq)]
pub enum VarError { NotPresent, NotUnicode(String) }
impl Display for VarError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError> {
        match self {
            VarError::NotPresent => write!(f, "environment variable not found"),
            VarError::NotUnicode(s) => write!(f, "environment variable was not valid unicode: {:?}", s),
        }
    }
}
impl Error for VarError {}
impl Args {
    pub fn __var_present(key: &str) -> bool { intrinsic!() }
    pub fn __var(key: &str) -> String { intrinsic!() }
}
pub fn __env_var(key: &str) -> Result<String, VarError> {
    if Args::__var_present(key) { Ok(Args::__var(key)) } else { Err(VarError::NotPresent) }
}
pub fn __env_var_owned(key: String) -> Result<String, VarError> { __env_var(key.as_str()) }

// std::io's standard input and output (PathCk.resolveStdPath maps `io::stdin` and `io::stdout` here;
// TyLowering maps `io::Result` and `io::Error`, and `io::Stdin` and friends by name). Not std's layouts:
// the handles hold nothing, the input's buffer is the host's (interp.rt.Stdin), and an io::Error only
// says which of the two errors a read can meet. The BufRead, Read and Write methods are inherent here,
// so a program that forgets `use std::io::BufRead;` is not told so, as rustc would.
pub struct Stdin { __handle: () }
pub struct StdinLock { __handle: () }
pub struct Stdout { __handle: () }
pub struct StdoutLock { __handle: () }
pub struct Stderr { __handle: () }
// std::io::Lines<StdinLock>: each line without its "\n" or "\r\n".
pub struct StdinLines { __handle: () }
pub struct IoError { __invalid_data: bool }
impl Stdin {
    // Appends the next line, its '\n' included, to buf (everything left when all): the number of bytes,
    // -1 when they are not UTF-8 (buf keeps its length; std reserves first, so its capacity may grow),
    // -2 when the host's input failed.
    pub fn __read(buf: &mut String, all: bool) -> i64 { intrinsic!() }
    pub fn __result(n: i64) -> Result<usize, IoError> {
        if n >= 0 { Ok(n as usize) } else { Err(IoError { __invalid_data: n == -1 }) }
    }
    pub fn read_line(&self, buf: &mut String) -> Result<usize, IoError> { Stdin::__result(Stdin::__read(buf, false)) }
    pub fn read_to_string(&mut self, buf: &mut String) -> Result<usize, IoError> { Stdin::__result(Stdin::__read(buf, true)) }
    pub fn lines(self) -> StdinLines { StdinLines { __handle: () } }
    pub fn lock(&self) -> StdinLock { StdinLock { __handle: () } }
}
impl StdinLock {
    pub fn read_line(&mut self, buf: &mut String) -> Result<usize, IoError> { Stdin::__result(Stdin::__read(buf, false)) }
    pub fn read_to_string(&mut self, buf: &mut String) -> Result<usize, IoError> { Stdin::__result(Stdin::__read(buf, true)) }
    pub fn lines(self) -> StdinLines { StdinLines { __handle: () } }
}
impl Iterator for StdinLines {
    type Item = Result<String, IoError>;
    fn next(&mut self) -> Option<Result<String, IoError>> {
        let mut line = String::new();
        let n = Stdin::__read(&mut line, false);
        if n == 0 {
            return None;
        }
        if n < 0 {
            return Some(Err(IoError { __invalid_data: n == -1 }));
        }
        if line.ends_with("\n") {
            line.pop();
            if line.ends_with("\r") {
                line.pop();
            }
        }
        Some(Ok(line))
    }
}
// write!/writeln! into Stdout, StdoutLock and Stderr print at once, as println! does (MacroCompiler).
impl Stdout {
    pub fn __flush() { intrinsic!() }
    pub fn flush(&mut self) -> Result<(), IoError> {
        Stdout::__flush();
        Ok(())
    }
    pub fn lock(&self) -> StdoutLock { StdoutLock { __handle: () } }
}
impl StdoutLock {
    pub fn flush(&mut self) -> Result<(), IoError> {
        Stdout::__flush();
        Ok(())
    }
}
impl Stderr {
    pub fn flush(&mut self) -> Result<(), IoError> { Ok(()) }
}
// std::io::BufWriter, std's layout, over Stdout, StdoutLock or Stderr (MacroCk): write!/writeln!
// (WriteNodes.ToBufWriter) add each piece of the text to buf as std's write_all does, printing what buf
// holds first when the piece would not fit, and a piece as large as buf's capacity straight through;
// flush and drop print what it holds.
pub struct BufWriter<W> { buf: Vec<u8>, panicked: bool, inner: W }
impl<W> BufWriter<W> {
    pub fn new(inner: W) -> BufWriter<W> { BufWriter::with_capacity(8192, inner) }
    pub fn with_capacity(capacity: usize, inner: W) -> BufWriter<W> {
        BufWriter { buf: Vec::with_capacity(capacity), panicked: false, inner: inner }
    }
    // Prints what buf holds to W's stream and empties it.
    pub fn __flush_buf(&mut self) { intrinsic!() }
    pub fn flush(&mut self) -> Result<(), IoError> {
        self.__flush_buf();
        Stdout::__flush();
        Ok(())
    }
    pub fn get_ref(&self) -> &W { &self.inner }
    pub fn buffer(&self) -> &[u8] { &self.buf }
    pub fn capacity(&self) -> usize { self.buf.capacity() }
}
impl<W> Drop for BufWriter<W> {
    fn drop(&mut self) {
        if !self.panicked {
            self.__flush_buf();
        }
    }
}
impl Display for IoError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError> {
        f.write_str(if self.__invalid_data { "stream did not contain valid UTF-8" } else { "failed to read the standard input" })
    }
}
impl Debug for IoError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError> {
        if self.__invalid_data {
            f.write_str("Error { kind: InvalidData, message: \"stream did not contain valid UTF-8\" }")
        } else {
            f.write_str("Error { kind: Other, message: \"failed to read the standard input\" }")
        }
    }
}
impl Error for IoError {}
pub fn __io_stdin() -> Stdin { Stdin { __handle: () } }
pub fn __io_stdout() -> Stdout { Stdout { __handle: () } }
pub fn __io_stderr() -> Stderr { Stderr { __handle: () } }

pub trait Clone {
    fn clone(&self) -> Self;
}
// Every Display type has to_string (rustle types `x.to_string()` natively); the trait is here so that
// `ToString::to_string` can be named as a function (`.map(ToString::to_string)`).
pub trait ToString {
    fn to_string(&self) -> String;
}
pub trait Copy {}
pub trait Drop {
    fn drop(&mut self);
}
// std::fmt. A Formatter is 24 bytes, laid out as rustc 1.95's: `buf: &mut dyn fmt::Write` (two words:
// here the index of rustle's output sink and 0), then FormattingOptions { flags: u32, width: u16,
// precision: u16 } with std's flag bits (fill char in bits 0..21, sign/alternate/zero-pad 21..25,
// width/precision present 27/28, alignment in 29..31). FmtError is std::fmt::Error.
pub struct Formatter { buf: usize, buf_vtable: usize, flags: u32, width: u16, precision: u16 }
pub struct FmtError;
pub trait Display {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError>;
}
pub trait Debug {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError>;
}
pub trait PartialEq {}
pub trait Eq {}
pub trait PartialOrd {}
pub trait Ord {}
pub trait Default {
    fn default() -> Self;
}
pub trait Hash {}
// Implemented by a program for its own iterator types (`type Item` and `next`); the adapters and
// consumers are rustle's, as for std's iterators (check.Iterators).
pub trait Iterator {}

// std::ops: an operator on a user type calls the impl's method (`a + b` is `Add::add(a, b)`); the
// checker reads `Rhs` (default Self) from the impl's trait arguments and the result from its `Output`.
pub trait Add<Rhs> {}
pub trait Sub<Rhs> {}
pub trait Mul<Rhs> {}
pub trait Div<Rhs> {}
pub trait Rem<Rhs> {}
pub trait BitAnd<Rhs> {}
pub trait BitOr<Rhs> {}
pub trait BitXor<Rhs> {}
pub trait Shl<Rhs> {}
pub trait Shr<Rhs> {}
pub trait Neg {}
pub trait Not {}
pub trait AddAssign<Rhs> {}
pub trait SubAssign<Rhs> {}
pub trait MulAssign<Rhs> {}
pub trait DivAssign<Rhs> {}
pub trait RemAssign<Rhs> {}
pub trait BitAndAssign<Rhs> {}
pub trait BitOrAssign<Rhs> {}
pub trait BitXorAssign<Rhs> {}
pub trait ShlAssign<Rhs> {}
pub trait ShrAssign<Rhs> {}
// `*x` on a user type with these is `*Deref::deref(&x)`; also its method calls and `&x` at a
// parameter of type `&Target` (deref coercion) go through them.
pub trait Deref {}
pub trait DerefMut {}
// `c[i]` on a user type is `*Index::index(&c, i)`, or `*IndexMut::index_mut(&mut c, i)` where the place
// is mutated; the result type is the Index impl's `Output`.
pub trait Index<Idx> {}
pub trait IndexMut<Idx> {}

// std::convert: `T::from(x)` calls the program's impl; `x.into()` calls the `from` of the type the
// context expects (std's blanket Into).
pub trait From<T> {
    fn from(value: T) -> Self;
}
// std's blanket `impl<T> From<T> for T`, which `T::from(x)` in a generic body reaches (interp.TraitResolve).
pub fn __from_self<T>(value: T) -> T { value }
pub trait Into<T> {}
// The program's `impl TryFrom<T> for X` is called as `X::try_from(t)` (std's integer conversions are intrinsics).
pub trait TryFrom<T> {}
// `s.parse::<T>()` for the program's T calls its `FromStr::from_str(s)`.
pub trait FromStr {}

// Ordering as std declares it (an i8: Less is -1); Option<Ordering> is one byte, None stored as 2.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Ordering {
    Less = -1,
    Equal = 0,
    Greater = 1,
}

impl Ordering {
    pub fn reverse(self) -> Ordering {
        match self {
            Ordering::Less => Ordering::Greater,
            Ordering::Equal => Ordering::Equal,
            Ordering::Greater => Ordering::Less,
        }
    }
    pub fn then(self, other: Ordering) -> Ordering {
        match self {
            Ordering::Equal => other,
            _ => self,
        }
    }
    pub fn then_with<F: FnOnce() -> Ordering>(self, f: F) -> Ordering {
        match self {
            Ordering::Equal => f(),
            _ => self,
        }
    }
    pub fn is_eq(self) -> bool { match self { Ordering::Equal => true, _ => false } }
    pub fn is_ne(self) -> bool { match self { Ordering::Equal => false, _ => true } }
    pub fn is_lt(self) -> bool { match self { Ordering::Less => true, _ => false } }
    pub fn is_gt(self) -> bool { match self { Ordering::Greater => true, _ => false } }
    pub fn is_le(self) -> bool { match self { Ordering::Greater => false, _ => true } }
    pub fn is_ge(self) -> bool { match self { Ordering::Less => false, _ => true } }
}

// std::cmp::Reverse: orders its content the other way round (sort_by_key(|s| Reverse(s.len()))).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Reverse<T>(pub T);
impl<T: PartialOrd> PartialOrd for Reverse<T> {
    fn partial_cmp(&self, other: &Reverse<T>) -> Option<Ordering> {
        other.0.partial_cmp(&self.0)
    }
}
impl<T: Ord> Ord for Reverse<T> {
    fn cmp(&self, other: &Reverse<T>) -> Ordering {
        other.0.cmp(&self.0)
    }
}

// std::cmp::max and min, reached only by their paths (PathCk.resolveStdPath maps `cmp::max` here): of
// two equal values max returns the second and min the first, as std's.
pub fn __cmp_max<T: Ord>(v1: T, v2: T) -> T {
    match v1.cmp(&v2) {
        Ordering::Greater => v1,
        _ => v2,
    }
}
pub fn __cmp_min<T: Ord>(v1: T, v2: T) -> T {
    match v1.cmp(&v2) {
        Ordering::Greater => v2,
        _ => v1,
    }
}
// PartialEq::eq, Ord::cmp, Clone::clone, ... named by a path (`T::eq(a, b)`, `.sort_by(Ord::cmp)`,
// `String::clone(&s)`) where rustle supplies the impl natively (check.StdTraitFns): what they stand for.
pub fn __trait_eq<T: PartialEq>(a: &T, b: &T) -> bool { *a == *b }
pub fn __trait_ne<T: PartialEq>(a: &T, b: &T) -> bool { *a != *b }
pub fn __trait_lt<T: PartialOrd>(a: &T, b: &T) -> bool { *a < *b }
pub fn __trait_le<T: PartialOrd>(a: &T, b: &T) -> bool { *a <= *b }
pub fn __trait_gt<T: PartialOrd>(a: &T, b: &T) -> bool { *a > *b }
pub fn __trait_ge<T: PartialOrd>(a: &T, b: &T) -> bool { *a >= *b }
pub fn __trait_cmp<T: Ord>(a: &T, b: &T) -> Ordering { a.cmp(b) }
pub fn __trait_partial_cmp<T: PartialOrd>(a: &T, b: &T) -> Option<Ordering> { a.partial_cmp(b) }
pub fn __trait_clone<T: Clone>(a: &T) -> T { a.clone() }
pub fn __trait_default<T: Default>() -> T { T::default() }
// Ord::max, min and clamp as methods of a type without inherent ones (MethodLookup.ordMethod) are
// these functions too.
pub fn __cmp_clamp<T: Ord + Debug>(v: T, min: T, max: T) -> T {
    assert!(min <= max, "min > max. min = {:?}, max = {:?}", min, max);
    if v < min { min } else if v > max { max } else { v }
}

// Option<&T> to Option<T>, by copy.
impl<T: Copy> Option<&T> {
    pub fn copied(self) -> Option<T> {
        match self {
            Some(&v) => Some(v),
            None => None,
        }
    }
}
// Option<&T> to Option<T>, by clone.
impl<T: Clone> Option<&T> {
    pub fn cloned(self) -> Option<T> {
        match self {
            Some(v) => Some(v.clone()),
            None => None,
        }
    }
}

// Option<Option<T>> to Option<T>.
impl<T> Option<Option<T>> {
    pub fn flatten(self) -> Option<T> {
        match self {
            Some(inner) => inner,
            None => None,
        }
    }
}

impl<T> Option<T> {
    // std::option::IntoIter and Iter: at most one item, the value or a reference to it.
    pub fn into_iter(self) -> OptionIntoIter<T> {
        OptionIntoIter { inner: self }
    }
    pub fn iter(&self) -> OptionIntoIter<&T> {
        OptionIntoIter { inner: self.as_ref() }
    }
    pub fn is_some(&self) -> bool {
        match self {
            Some(_) => true,
            None => false,
        }
    }
    pub fn is_none(&self) -> bool {
        match self {
            Some(_) => false,
            None => true,
        }
    }
    pub fn unwrap(self) -> T {
        match self {
            Some(v) => v,
            None => panic!("called `Option::unwrap()` on a `None` value"),
        }
    }
    pub fn expect(self, msg: &str) -> T {
        match self {
            Some(v) => v,
            None => panic!("{}", msg),
        }
    }
    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Some(v) => v,
            None => default,
        }
    }
    pub fn take(&mut self) -> Option<T> {
        std::mem::replace(self, None)
    }
    pub fn as_ref(&self) -> Option<&T> {
        match self {
            Some(v) => Some(v),
            None => None,
        }
    }
    pub fn as_mut(&mut self) -> Option<&mut T> {
        match self {
            Some(v) => Some(v),
            None => None,
        }
    }
    pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Option<U> {
        match self {
            Some(x) => Some(f(x)),
            None => None,
        }
    }
    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U {
        match self {
            Some(x) => f(x),
            None => default,
        }
    }
    pub fn map_or_else<U, D: FnOnce() -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U {
        match self {
            Some(x) => f(x),
            None => default(),
        }
    }
    pub fn and_then<U, F: FnOnce(T) -> Option<U>>(self, f: F) -> Option<U> {
        match self {
            Some(x) => f(x),
            None => None,
        }
    }
    pub fn and<U>(self, optb: Option<U>) -> Option<U> {
        match self {
            Some(_) => optb,
            None => None,
        }
    }
    pub fn or(self, optb: Option<T>) -> Option<T> {
        match self {
            Some(x) => Some(x),
            None => optb,
        }
    }
    pub fn or_else<F: FnOnce() -> Option<T>>(self, f: F) -> Option<T> {
        match self {
            Some(x) => Some(x),
            None => f(),
        }
    }
    pub fn xor(self, optb: Option<T>) -> Option<T> {
        match (self, optb) {
            (Some(a), None) => Some(a),
            (None, Some(b)) => Some(b),
            _ => None,
        }
    }
    pub fn filter<P: FnOnce(&T) -> bool>(self, predicate: P) -> Option<T> {
        match self {
            Some(x) => {
                if predicate(&x) {
                    Some(x)
                } else {
                    None
                }
            }
            None => None,
        }
    }
    pub fn unwrap_or_else<F: FnOnce() -> T>(self, f: F) -> T {
        match self {
            Some(x) => x,
            None => f(),
        }
    }
    pub fn unwrap_or_default(self) -> T { intrinsic!() }
    pub fn ok_or<E>(self, err: E) -> Result<T, E> {
        match self {
            Some(x) => Ok(x),
            None => Err(err),
        }
    }
    pub fn ok_or_else<E, F: FnOnce() -> E>(self, err: F) -> Result<T, E> {
        match self {
            Some(x) => Ok(x),
            None => Err(err()),
        }
    }
    pub fn is_some_and<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            Some(x) => f(x),
            None => false,
        }
    }
    pub fn is_none_or<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            Some(x) => f(x),
            None => true,
        }
    }
    pub fn insert(&mut self, value: T) -> &mut T {
        *self = Some(value);
        match self {
            Some(v) => v,
            None => unreachable!(),
        }
    }
    pub fn get_or_insert(&mut self, value: T) -> &mut T {
        if self.is_none() {
            *self = Some(value);
        }
        match self {
            Some(v) => v,
            None => unreachable!(),
        }
    }
    pub fn get_or_insert_with<F: FnOnce() -> T>(&mut self, f: F) -> &mut T {
        if self.is_none() {
            *self = Some(f());
        }
        match self {
            Some(v) => v,
            None => unreachable!(),
        }
    }
    pub fn replace(&mut self, value: T) -> Option<T> {
        std::mem::replace(self, Some(value))
    }
    pub fn zip<U>(self, other: Option<U>) -> Option<(T, U)> {
        match (self, other) {
            (Some(a), Some(b)) => Some((a, b)),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum IntErrorKind {
    Empty,
    InvalidDigit,
    PosOverflow,
    NegOverflow,
    Zero,
    // The kinds of std's other FromStr errors of primitives, which rustle represents by this one struct
    // (interp.std.StrParse): ParseFloatError's Empty and Invalid, ParseBoolError, ParseCharError's
    // EmptyString and TooManyChars. Debug and Display print each as std's type (print.ErrorFmt).
    __FloatEmpty,
    __FloatInvalid,
    __Bool,
    __CharEmpty,
    __CharTooMany,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParseIntError {
    kind: IntErrorKind,
}
impl ParseIntError {
    pub fn kind(&self) -> &IntErrorKind { &self.kind }
}
// The error of a failed integer TryFrom (std::num::TryFromIntError).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TryFromIntError(pub ());
impl Display for TryFromIntError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError> { f.write_str("out of range integral type conversion attempted") }
}

pub type ParseFloatError = ParseIntError;
pub type ParseBoolError = ParseIntError;
pub type ParseCharError = ParseIntError;

impl Display for ParseIntError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError> {
        f.pad(match self.kind {
            IntErrorKind::Empty => "cannot parse integer from empty string",
            IntErrorKind::InvalidDigit => "invalid digit found in string",
            IntErrorKind::PosOverflow => "number too large to fit in target type",
            IntErrorKind::NegOverflow => "number too small to fit in target type",
            IntErrorKind::Zero => "number would be zero for non-zero type",
            IntErrorKind::__FloatEmpty => "cannot parse float from empty string",
            IntErrorKind::__FloatInvalid => "invalid float literal",
            IntErrorKind::__Bool => "provided string was not `true` or `false`",
            IntErrorKind::__CharEmpty => "cannot parse char from empty string",
            IntErrorKind::__CharTooMany => "too many characters in string",
        })
    }
}

// `fn main() -> Result<(), E>`: std's Termination prints an Err as `Error: {:?}` on stderr and the
// process exits with 1 (interp.Interpreter hands main's result here).
pub fn __main_result<E: Debug>(r: Result<(), E>) -> i32 {
    match r {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("Error: {:?}", e);
            1
        }
    }
}

// The Debug or Display entry of a vtable for a type whose impl is derived or std's (rustle formats those
// natively, with no fmt function to point at): interp.Vtables points the entry here, and the call below
// formats x natively with f's options (interp.CallCompiler).
pub fn __dyn_debug_fmt<T: Debug>(x: &T, f: &mut Formatter) -> Result<(), FmtError> {
    Debug::fmt(x, f)
}
pub fn __dyn_display_fmt<T: Display>(x: &T, f: &mut Formatter) -> Result<(), FmtError> {
    Display::fmt(x, f)
}

// std::error::Error (traits are known by their last name). `?` and `into()`
// turn any Error, a &str or a String into a Box<dyn Error> through these From impls, as std's do.
pub trait Error: Debug + Display {}
impl Error for ParseIntError {}
// std's private error type behind `Box<dyn Error>::from("msg")`: Display shows the text, Debug quotes it.
pub struct StrError {
    msg: String,
}
impl Display for StrError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError> {
        f.pad(&self.msg)
    }
}
impl Debug for StrError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError> {
        write!(f, "{:?}", self.msg)
    }
}
impl Error for StrError {}
impl From<&str> for Box<dyn Error> {
    fn from(s: &str) -> Box<dyn Error> {
        Box::new(StrError { msg: String::from(s) })
    }
}
impl From<String> for Box<dyn Error> {
    fn from(s: String) -> Box<dyn Error> {
        Box::new(StrError { msg: s })
    }
}
impl<E: Error> From<E> for Box<dyn Error> {
    fn from(e: E) -> Box<dyn Error> {
        Box::new(e)
    }
}

impl<T, E: Debug> Result<T, E> {
    pub fn unwrap(self) -> T {
        match self {
            Ok(v) => v,
            Err(e) => panic!("called `Result::unwrap()` on an `Err` value: {:?}", e),
        }
    }
    pub fn expect(self, msg: &str) -> T {
        match self {
            Ok(v) => v,
            Err(e) => panic!("{}: {:?}", msg, e),
        }
    }
}

impl<T: Debug, E> Result<T, E> {
    pub fn unwrap_err(self) -> E {
        match self {
            Ok(t) => panic!("called `Result::unwrap_err()` on an `Ok` value: {:?}", t),
            Err(e) => e,
        }
    }
    pub fn expect_err(self, msg: &str) -> E {
        match self {
            Ok(t) => panic!("{}: {:?}", msg, t),
            Err(e) => e,
        }
    }
}

impl<T, E> Result<T, E> {
    pub fn is_ok(&self) -> bool {
        match self {
            Ok(_) => true,
            Err(_) => false,
        }
    }
    pub fn is_err(&self) -> bool {
        match self {
            Ok(_) => false,
            Err(_) => true,
        }
    }
    pub fn ok(self) -> Option<T> {
        match self {
            Ok(v) => Some(v),
            Err(_) => None,
        }
    }
    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Ok(v) => v,
            Err(_) => default,
        }
    }
    pub fn map<U, F: FnOnce(T) -> U>(self, op: F) -> Result<U, E> {
        match self {
            Ok(t) => Ok(op(t)),
            Err(e) => Err(e),
        }
    }
    pub fn map_err<F2, O: FnOnce(E) -> F2>(self, op: O) -> Result<T, F2> {
        match self {
            Ok(t) => Ok(t),
            Err(e) => Err(op(e)),
        }
    }
    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U {
        match self {
            Ok(t) => f(t),
            Err(_) => default,
        }
    }
    pub fn map_or_else<U, D: FnOnce(E) -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U {
        match self {
            Ok(t) => f(t),
            Err(e) => default(e),
        }
    }
    pub fn and_then<U, F: FnOnce(T) -> Result<U, E>>(self, op: F) -> Result<U, E> {
        match self {
            Ok(t) => op(t),
            Err(e) => Err(e),
        }
    }
    pub fn and<U>(self, res: Result<U, E>) -> Result<U, E> {
        match self {
            Ok(_) => res,
            Err(e) => Err(e),
        }
    }
    pub fn or<F2>(self, res: Result<T, F2>) -> Result<T, F2> {
        match self {
            Ok(v) => Ok(v),
            Err(_) => res,
        }
    }
    pub fn or_else<F2, O: FnOnce(E) -> Result<T, F2>>(self, op: O) -> Result<T, F2> {
        match self {
            Ok(t) => Ok(t),
            Err(e) => op(e),
        }
    }
    pub fn unwrap_or_else<F: FnOnce(E) -> T>(self, op: F) -> T {
        match self {
            Ok(t) => t,
            Err(e) => op(e),
        }
    }
    pub fn unwrap_or_default(self) -> T { intrinsic!() }
    pub fn err(self) -> Option<E> {
        match self {
            Ok(_) => None,
            Err(e) => Some(e),
        }
    }
    pub fn as_ref(&self) -> Result<&T, &E> {
        match self {
            Ok(x) => Ok(x),
            Err(e) => Err(e),
        }
    }
    pub fn as_mut(&mut self) -> Result<&mut T, &mut E> {
        match self {
            Ok(x) => Ok(x),
            Err(e) => Err(e),
        }
    }
    pub fn is_ok_and<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            Ok(x) => f(x),
            Err(_) => false,
        }
    }
    pub fn is_err_and<F: FnOnce(E) -> bool>(self, f: F) -> bool {
        match self {
            Ok(_) => false,
            Err(e) => f(e),
        }
    }
}

impl Formatter {
    pub fn write_str(&mut self, data: &str) -> Result<(), FmtError> { intrinsic!() }
    pub fn pad(&mut self, s: &str) -> Result<(), FmtError> { intrinsic!() }
    pub fn write_char(&mut self, c: char) -> Result<(), FmtError> { intrinsic!() }
    pub fn width(&self) -> Option<usize> { intrinsic!() }
    pub fn precision(&self) -> Option<usize> { intrinsic!() }
    pub fn fill(&self) -> char { intrinsic!() }
    pub fn alternate(&self) -> bool { intrinsic!() }
    pub fn sign_plus(&self) -> bool { intrinsic!() }
    pub fn sign_minus(&self) -> bool { intrinsic!() }
    pub fn sign_aware_zero_pad(&self) -> bool { intrinsic!() }
}

impl<T> Box<T> {
    pub fn new(x: T) -> Box<T> { intrinsic!() }
    pub fn leak(b: Box<T>) -> &'static mut T { intrinsic!() }
    // AsRef / AsMut, as inherent methods: the boxed value, borrowed.
    pub fn as_ref(&self) -> &T { &**self }
    pub fn as_mut(&mut self) -> &mut T { &mut **self }
}

// std::str::SplitN: the text not yet split (None once the last piece is out) and the pieces still allowed.
pub struct SplitN<'a, P> { rest: Option<&'a str>, n: usize, pat: P, empty_done: bool }
impl<'a, P: Copy> Iterator for SplitN<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let s = self.rest?;
        if self.n == 0 {
            return None;
        }
        self.n -= 1;
        if self.n == 0 {
            self.rest = None;
            return Some(s);
        }
        match s.split_once(self.pat) {
            // The empty pattern matches at every char boundary: "" first, then one char per piece.
            Some((a, b)) if a.is_empty() && b.len() == s.len() && self.empty_done => match s.chars().next() {
                Some(c) => {
                    let k = c.len_utf8();
                    self.rest = Some(&s[k..]);
                    Some(&s[..k])
                }
                None => {
                    self.rest = None;
                    Some(s)
                }
            },
            Some((a, b)) => {
                self.empty_done = a.is_empty() && b.len() == s.len();
                self.rest = Some(b);
                Some(a)
            }
            None => {
                self.rest = None;
                Some(s)
            }
        }
    }
}

// std::str::SplitInclusive: each piece keeps the match that ends it; no empty last piece.
pub struct SplitInclusive<'a, P> { rest: Option<&'a str>, pat: P }
impl<'a, P: Copy> Iterator for SplitInclusive<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let s = self.rest?;
        if s.is_empty() {
            self.rest = None;
            return None;
        }
        match s.split_once(self.pat) {
            Some((a, b)) if b.len() < s.len() => {
                self.rest = Some(b);
                Some(&s[..s.len() - b.len()])
            }
            // The empty pattern: a piece of one char each.
            Some(_) => {
                let k = s.chars().next().unwrap().len_utf8();
                self.rest = Some(&s[k..]);
                Some(&s[..k])
            }
            None => {
                self.rest = None;
                Some(s)
            }
        }
    }
}

// std::str::RSplitN and RSplit: SplitN's pieces taken from the end (RSplit has no limit).
pub struct RSplitN<'a, P> { rest: Option<&'a str>, n: usize, pat: P, empty_done: bool }
pub struct RSplit<'a, P> { inner: RSplitN<'a, P> }
impl<'a, P: Copy> Iterator for RSplitN<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let s = self.rest?;
        if self.n == 0 {
            return None;
        }
        self.n -= 1;
        if self.n == 0 {
            self.rest = None;
            return Some(s);
        }
        match s.rsplit_once(self.pat) {
            // The empty pattern matches at every char boundary: "" first, then one char per piece.
            Some((a, b)) if b.is_empty() && a.len() == s.len() && self.empty_done => match s.chars().last() {
                Some(c) => {
                    let k = s.len() - c.len_utf8();
                    self.rest = Some(&s[..k]);
                    Some(&s[k..])
                }
                None => {
                    self.rest = None;
                    Some(s)
                }
            },
            Some((a, b)) => {
                self.empty_done = b.is_empty() && a.len() == s.len();
                self.rest = Some(a);
                Some(b)
            }
            None => {
                self.rest = None;
                Some(s)
            }
        }
    }
}
impl<'a, P: Copy> Iterator for RSplit<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> { self.inner.next() }
}

// std::str::MatchIndices and Matches: the text after the last match, and where that text starts.
pub struct MatchIndices<'a, P> { rest: Option<&'a str>, pos: usize, pat: P, empty_done: bool }
pub struct Matches<'a, P> { inner: MatchIndices<'a, P> }
impl<'a, P: Copy> Iterator for MatchIndices<'a, P> {
    type Item = (usize, &'a str);
    fn next(&mut self) -> Option<(usize, &'a str)> {
        let s = self.rest?;
        match s.split_once(self.pat) {
            // The empty pattern matches at every char boundary: step over one char to the next one.
            Some((a, b)) if a.is_empty() && b.len() == s.len() && self.empty_done => match s.chars().next() {
                Some(c) => {
                    let k = c.len_utf8();
                    self.rest = Some(&s[k..]);
                    self.pos += k;
                    Some((self.pos, &s[k..k]))
                }
                None => {
                    self.rest = None;
                    None
                }
            },
            Some((a, b)) => {
                let end = s.len() - b.len();
                let at = self.pos + a.len();
                self.empty_done = end == a.len();
                self.rest = Some(b);
                self.pos += end;
                Some((at, &s[a.len()..end]))
            }
            None => {
                self.rest = None;
                None
            }
        }
    }
}
impl<'a, P: Copy> Iterator for Matches<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        match self.inner.next() {
            Some((_, m)) => Some(m),
            None => None,
        }
    }
}

// std::slice::ChunksExact and RChunks: the part of the slice not yet cut into chunks.
pub struct ChunksExact<'a, T> { rest: &'a [T], rem: &'a [T], size: usize }
pub struct RChunks<'a, T> { rest: &'a [T], size: usize }
impl<'a, T> Iterator for ChunksExact<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        if self.rest.len() < self.size {
            return None;
        }
        let (head, tail) = self.rest.split_at(self.size);
        self.rest = tail;
        Some(head)
    }
}
impl<'a, T> ChunksExact<'a, T> {
    pub fn remainder(&self) -> &'a [T] { self.rem }
}
impl<'a, T> Iterator for RChunks<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        if self.rest.is_empty() {
            return None;
        }
        let cut = if self.rest.len() > self.size { self.rest.len() - self.size } else { 0 };
        let (head, tail) = self.rest.split_at(cut);
        self.rest = head;
        Some(tail)
    }
}

impl String {
    pub fn new() -> String { intrinsic!() }
    pub fn from(s: &str) -> String { intrinsic!() }
    // std's `impl From<char> for String`: PathCk calls this for `String::from(c)` with a char.
    pub fn __from_char(c: char) -> String { let mut s = String::new(); s.push(c); s }
    pub fn with_capacity(capacity: usize) -> String { intrinsic!() }
    pub fn push(&mut self, ch: char) { intrinsic!() }
    pub fn push_str(&mut self, s: &str) { intrinsic!() }
    pub fn capacity(&self) -> usize { intrinsic!() }
    pub fn len(&self) -> usize { intrinsic!() }
    pub fn is_empty(&self) -> bool { intrinsic!() }
    pub fn as_str(&self) -> &str { intrinsic!() }
    pub fn clear(&mut self) { intrinsic!() }
    pub fn truncate(&mut self, new_len: usize) { intrinsic!() }
    pub fn pop(&mut self) -> Option<char> { intrinsic!() }
    pub fn reserve(&mut self, additional: usize) { intrinsic!() }
    pub fn shrink_to_fit(&mut self) { intrinsic!() }
    pub fn insert(&mut self, idx: usize, ch: char) { intrinsic!() }
    pub fn remove(&mut self, idx: usize) -> char { intrinsic!() }
    pub fn insert_str(&mut self, idx: usize, string: &str) { intrinsic!() }
    pub fn split_off(&mut self, at: usize) -> String { intrinsic!() }
    pub fn drain<R>(&mut self, range: R) -> IntoIter<char> { intrinsic!() }
    pub fn retain<F: FnMut(char) -> bool>(&mut self, f: F) { intrinsic!() }
    pub fn reserve_exact(&mut self, additional: usize) { intrinsic!() }
    pub fn shrink_to(&mut self, min_capacity: usize) { intrinsic!() }
    pub fn into_bytes(self) -> Vec<u8> { intrinsic!() }
    pub fn into_boxed_str(self) -> Box<str> { intrinsic!() }
    // std's: the bytes checked, then taken over as they are (String and Vec<u8> have one layout).
    pub fn from_utf8(vec: Vec<u8>) -> Result<String, FromUtf8Error> {
        let (valid, bad) = __utf8_check(&vec);
        if valid == vec.len() {
            let p: *const Vec<u8> = &vec;
            let s = unsafe { std::ptr::read(p as *const String) };
            std::mem::forget(vec);
            Ok(s)
        } else {
            let len = if bad == 0 { None } else { Some(bad as u8) };
            Err(FromUtf8Error { bytes: vec, error: Utf8Error { valid_up_to: valid, error_len: len } })
        }
    }
}

// std::borrow::Cow<'a, str>, as String::from_utf8_lossy returns it: the text borrowed when the bytes
// are valid UTF-8, else an owned copy. rustle has no other Cow (B is always str).
pub enum Cow<'a, B> { Borrowed(&'a B), Owned(String) }
impl<'a> Cow<'a, str> {
    pub fn into_owned(self) -> String {
        match self {
            Cow::Borrowed(s) => s.to_string(),
            Cow::Owned(s) => s,
        }
    }
    pub fn is_borrowed(&self) -> bool {
        match self {
            Cow::Borrowed(_) => true,
            Cow::Owned(_) => false,
        }
    }
    pub fn is_owned(&self) -> bool { !self.is_borrowed() }
}
impl<'a> Deref for Cow<'a, str> {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Cow::Borrowed(s) => s,
            Cow::Owned(s) => s.as_str(),
        }
    }
}
impl<'a> Display for Cow<'a, str> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError> {
        let s: &str = self.deref();
        write!(f, "{}", s)
    }
}
impl<'a> Debug for Cow<'a, str> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError> {
        let s: &str = self.deref();
        write!(f, "{:?}", s)
    }
}
impl String {
    // std's: borrowed when valid; else each invalid sequence (an incomplete one at the end too) becomes
    // one U+FFFD in a String of the input's length in capacity.
    pub fn from_utf8_lossy(v: &[u8]) -> Cow<str> {
        let (valid, _) = __utf8_check(v);
        if valid == v.len() {
            return Cow::Borrowed(str::__from_utf8_unchecked(v));
        }
        let mut s = String::with_capacity(v.len());
        let mut rest = v;
        loop {
            let (valid, bad) = __utf8_check(rest);
            s.push_str(str::__from_utf8_unchecked(&rest[..valid]));
            if valid == rest.len() {
                break;
            }
            s.push('\u{FFFD}');
            if bad == 0 {
                break;
            }
            rest = &rest[valid + bad..];
        }
        Cow::Owned(s)
    }
}

// std::str::Utf8Error and std::string::FromUtf8Error, with std's fields (so Debug shows them as std does).
#[derive(Debug, Clone, PartialEq)]
pub struct Utf8Error { valid_up_to: usize, error_len: Option<u8> }
impl Utf8Error {
    pub fn valid_up_to(&self) -> usize { self.valid_up_to }
    pub fn error_len(&self) -> Option<usize> {
        match self.error_len {
            Some(n) => Some(n as usize),
            None => None,
        }
    }
}
impl Display for Utf8Error {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError> {
        match self.error_len {
            Some(n) => write!(f, "invalid utf-8 sequence of {} bytes from index {}", n, self.valid_up_to),
            None => write!(f, "incomplete utf-8 byte sequence from index {}", self.valid_up_to),
        }
    }
}
impl Error for Utf8Error {}
#[derive(Debug, Clone, PartialEq)]
pub struct FromUtf8Error { bytes: Vec<u8>, error: Utf8Error }
impl FromUtf8Error {
    pub fn as_bytes(&self) -> &[u8] { &self.bytes }
    pub fn into_bytes(self) -> Vec<u8> { self.bytes }
    pub fn utf8_error(&self) -> Utf8Error { self.error.clone() }
}
impl Display for FromUtf8Error {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError> { Display::fmt(&self.error, f) }
}
impl Error for FromUtf8Error {}
// core::str::run_utf8_validation: where the valid prefix ends, and the length of the invalid sequence
// found there (0 when the input ends inside a sequence, as std's error_len None).
pub fn __utf8_check(v: &[u8]) -> (usize, usize) {
    let mut i = 0;
    while i < v.len() {
        let first = v[i];
        if first < 128 {
            i += 1;
            continue;
        }
        let w = if first >= 0xC2 && first <= 0xDF { 2 } else if first >= 0xE0 && first <= 0xEF { 3 }
            else if first >= 0xF0 && first <= 0xF4 { 4 } else { return (i, 1) };
        if i + 1 >= v.len() {
            return (i, 0);
        }
        let b = v[i + 1];
        let ok = if w == 3 && first == 0xE0 { b >= 0xA0 && b <= 0xBF }
            else if w == 3 && first == 0xED { b >= 0x80 && b <= 0x9F }
            else if w == 4 && first == 0xF0 { b >= 0x90 && b <= 0xBF }
            else if w == 4 && first == 0xF4 { b >= 0x80 && b <= 0x8F }
            else { b >= 0x80 && b <= 0xBF };
        if !ok {
            return (i, 1);
        }
        let mut k = 2;
        while k < w {
            if i + k >= v.len() {
                return (i, 0);
            }
            if v[i + k] & 0xC0 != 0x80 {
                return (i, k);
            }
            k += 1;
        }
        i += w;
    }
    (v.len(), 0)
}

impl str {
    // std::str::from_utf8: the bytes checked as String::from_utf8 checks them, then read as text.
    pub fn from_utf8(v: &[u8]) -> Result<&str, Utf8Error> {
        let (valid, bad) = __utf8_check(v);
        if valid == v.len() {
            Ok(str::__from_utf8_unchecked(v))
        } else {
            let len = if bad == 0 { None } else { Some(bad as u8) };
            Err(Utf8Error { valid_up_to: valid, error_len: len })
        }
    }
    pub fn __from_utf8_unchecked(v: &[u8]) -> &str { intrinsic!() }
    pub fn len(&self) -> usize { intrinsic!() }
    pub fn is_empty(&self) -> bool { intrinsic!() }
    pub fn chars(&self) -> Chars { intrinsic!() }
    pub fn bytes(&self) -> Bytes { intrinsic!() }
    pub fn as_bytes(&self) -> &[u8] { intrinsic!() }
    pub fn to_uppercase(&self) -> String { intrinsic!() }
    pub fn to_lowercase(&self) -> String { intrinsic!() }
    pub fn trim(&self) -> &str { intrinsic!() }
    pub fn contains<P>(&self, pat: P) -> bool { intrinsic!() }
    pub fn starts_with<P>(&self, pat: P) -> bool { intrinsic!() }
    pub fn ends_with<P>(&self, pat: P) -> bool { intrinsic!() }
    pub fn repeat(&self, n: usize) -> String { intrinsic!() }
    pub fn replace<P>(&self, from: P, to: &str) -> String { intrinsic!() }
    pub fn replacen<P>(&self, pat: P, to: &str, count: usize) -> String { intrinsic!() }
    pub fn parse<F>(&self) -> Result<F, ParseIntError> { intrinsic!() }
    pub fn trim_start(&self) -> &str { intrinsic!() }
    pub fn trim_end(&self) -> &str { intrinsic!() }
    pub fn split_whitespace(&self) -> SplitWhitespace { intrinsic!() }
    pub fn lines(&self) -> Lines { intrinsic!() }
    pub fn char_indices(&self) -> CharIndices { intrinsic!() }
    pub fn split<P>(&self, pat: P) -> Split<P> { intrinsic!() }
    pub fn split_terminator<P>(&self, pat: P) -> Split<P> { intrinsic!() }
    pub fn get<R>(&self, range: R) -> Option<&str> { intrinsic!() }
    pub fn is_char_boundary(&self, index: usize) -> bool { intrinsic!() }
    pub fn split_at(&self, mid: usize) -> (&str, &str) { (&self[..mid], &self[mid..]) }
    pub fn split_at_checked(&self, mid: usize) -> Option<(&str, &str)> {
        if self.is_char_boundary(mid) { Some((&self[..mid], &self[mid..])) } else { None }
    }
    pub fn find<P>(&self, pat: P) -> Option<usize> { intrinsic!() }
    pub fn rfind<P>(&self, pat: P) -> Option<usize> { intrinsic!() }
    pub fn split_once<P>(&self, delimiter: P) -> Option<(&str, &str)> { intrinsic!() }
    pub fn strip_prefix<P>(&self, prefix: P) -> Option<&str> { intrinsic!() }
    pub fn strip_suffix<P>(&self, suffix: P) -> Option<&str> { intrinsic!() }
    pub fn splitn<'a, P: Copy>(&'a self, n: usize, pat: P) -> SplitN<'a, P> {
        SplitN { rest: Some(self), n: n, pat: pat, empty_done: false }
    }
    pub fn rsplitn<'a, P: Copy>(&'a self, n: usize, pat: P) -> RSplitN<'a, P> {
        RSplitN { rest: Some(self), n: n, pat: pat, empty_done: false }
    }
    pub fn split_inclusive<'a, P: Copy>(&'a self, pat: P) -> SplitInclusive<'a, P> {
        SplitInclusive { rest: Some(self), pat: pat }
    }
    pub fn rsplit<'a, P: Copy>(&'a self, pat: P) -> RSplit<'a, P> {
        RSplit { inner: self.rsplitn(usize::MAX, pat) }
    }
    // The last match: rfind gives where it starts, strip_prefix how long it is.
    pub fn rsplit_once<'a, P: Copy>(&'a self, delimiter: P) -> Option<(&'a str, &'a str)> {
        let i = self.rfind(delimiter)?;
        let after = self[i..].strip_prefix(delimiter)?;
        Some((&self[..i], after))
    }
    pub fn match_indices<'a, P: Copy>(&'a self, pat: P) -> MatchIndices<'a, P> {
        MatchIndices { rest: Some(self), pos: 0, pat: pat, empty_done: false }
    }
    pub fn matches<'a, P: Copy>(&'a self, pat: P) -> Matches<'a, P> {
        Matches { inner: self.match_indices(pat) }
    }
    // Native (StrMore): the pattern is called in place, so a closure's own state carries over.
    pub fn trim_start_matches<P>(&self, pat: P) -> &str { intrinsic!() }
    pub fn trim_end_matches<P>(&self, pat: P) -> &str { intrinsic!() }
    pub fn trim_matches<P>(&self, pat: P) -> &str { intrinsic!() }
    // std copies the text (capacity == len) and maps its ASCII letters in place.
    pub fn to_ascii_uppercase(&self) -> String {
        let mut s = String::with_capacity(self.len());
        for c in self.chars() {
            s.push(c.to_ascii_uppercase());
        }
        s
    }
    pub fn to_ascii_lowercase(&self) -> String {
        let mut s = String::with_capacity(self.len());
        for c in self.chars() {
            s.push(c.to_ascii_lowercase());
        }
        s
    }
    pub fn eq_ignore_ascii_case(&self, other: &str) -> bool {
        if self.len() != other.len() {
            return false;
        }
        let mut b = other.chars();
        for c in self.chars() {
            match b.next() {
                Some(d) => {
                    if c.to_ascii_lowercase() != d.to_ascii_lowercase() {
                        return false;
                    }
                }
                None => return false,
            }
        }
        true
    }
}

impl<T> Vec<T> {
    pub fn new() -> Vec<T> { intrinsic!() }
    pub fn with_capacity(capacity: usize) -> Vec<T> { intrinsic!() }
    pub fn push(&mut self, value: T) { intrinsic!() }
    pub fn pop(&mut self) -> Option<T> { intrinsic!() }
    pub fn capacity(&self) -> usize { intrinsic!() }
    pub fn len(&self) -> usize { intrinsic!() }
    pub fn is_empty(&self) -> bool { intrinsic!() }
    pub fn clear(&mut self) { intrinsic!() }
    pub fn truncate(&mut self, len: usize) { intrinsic!() }
    pub fn reserve(&mut self, additional: usize) { intrinsic!() }
    pub fn shrink_to_fit(&mut self) { intrinsic!() }
    pub fn insert(&mut self, index: usize, element: T) { intrinsic!() }
    pub fn remove(&mut self, index: usize) -> T { intrinsic!() }
    pub fn swap_remove(&mut self, index: usize) -> T { intrinsic!() }
    pub fn into_iter(self) -> IntoIter<T> { intrinsic!() }
    pub fn as_slice(&self) -> &[T] { intrinsic!() }
    pub fn as_mut_slice(&mut self) -> &mut [T] { intrinsic!() }
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F) { intrinsic!() }
    pub fn dedup(&mut self) { intrinsic!() }
    pub fn reserve_exact(&mut self, additional: usize) { intrinsic!() }
    pub fn shrink_to(&mut self, min_capacity: usize) { intrinsic!() }
    pub fn append(&mut self, other: &mut Vec<T>) { intrinsic!() }
    pub fn split_off(&mut self, at: usize) -> Vec<T> { intrinsic!() }
    pub fn drain<R>(&mut self, range: R) -> IntoIter<T> { intrinsic!() }
    pub fn into_boxed_slice(self) -> Box<[T]> { intrinsic!() }
    // Vec::set_len for the prelude's VecDeque (its len is its buffer's); not offered to programs, whose
    // uninitialised elements rustle could not tell apart.
    pub unsafe fn __set_len(&mut self, new_len: usize) { intrinsic!() }
    // std's From impls: [T; N], &[T] / &[T; N] (and &mut), &str, String, Box<[T]> (check.CollFroms).
    pub fn from<A>(a: A) -> Vec<T> { intrinsic!() }
}

impl<T: Clone> Vec<T> {
    pub fn extend_from_slice(&mut self, other: &[T]) { self.extend(other.iter().cloned()) }
    // std's extend_with: room for all first, then n - 1 clones and the value itself last.
    pub fn resize(&mut self, new_len: usize, value: T) {
        let len = self.len();
        if new_len > len {
            let n = new_len - len;
            self.reserve(n);
            let mut i = 1;
            while i < n {
                self.push(value.clone());
                i += 1;
            }
            self.push(value);
        } else {
            self.truncate(new_len);
        }
    }
}

impl<T> [T] {
    pub fn len(&self) -> usize { intrinsic!() }
    pub fn is_empty(&self) -> bool { intrinsic!() }
    pub fn iter(&self) -> Iter<T> { intrinsic!() }
    pub fn iter_mut(&mut self) -> IterMut<T> { intrinsic!() }
    pub fn get(&self, index: usize) -> Option<&T> { intrinsic!() }
    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> { intrinsic!() }
    pub fn first(&self) -> Option<&T> { intrinsic!() }
    pub fn last(&self) -> Option<&T> { intrinsic!() }
    pub fn first_mut(&mut self) -> Option<&mut T> { self.get_mut(0) }
    pub fn last_mut(&mut self) -> Option<&mut T> {
        let n = self.len();
        if n == 0 { None } else { self.get_mut(n - 1) }
    }
    pub fn split_first(&self) -> Option<(&T, &[T])> {
        if self.is_empty() { None } else { Some((&self[0], &self[1..])) }
    }
    pub fn split_last(&self) -> Option<(&T, &[T])> {
        if self.is_empty() { None } else { Some((&self[self.len() - 1], &self[..self.len() - 1])) }
    }
    pub fn swap(&mut self, a: usize, b: usize) { intrinsic!() }
    pub fn reverse(&mut self) { intrinsic!() }
    pub fn as_ptr(&self) -> *const T { intrinsic!() }
    pub fn as_mut_ptr(&mut self) -> *mut T { intrinsic!() }
    pub fn split_at(&self, mid: usize) -> (&[T], &[T]) { intrinsic!() }
    pub fn split_at_mut(&mut self, mid: usize) -> (&mut [T], &mut [T]) { intrinsic!() }
    pub fn windows(&self, size: usize) -> Windows<T> { intrinsic!() }
    pub fn chunks(&self, chunk_size: usize) -> Chunks<T> { intrinsic!() }
    pub fn chunks_exact<'a>(&'a self, chunk_size: usize) -> ChunksExact<'a, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        let keep = self.len() - self.len() % chunk_size;
        let (rest, rem) = self.split_at(keep);
        ChunksExact { rest: rest, rem: rem, size: chunk_size }
    }
    pub fn rchunks<'a>(&'a self, chunk_size: usize) -> RChunks<'a, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        RChunks { rest: self, size: chunk_size }
    }
    pub fn contains(&self, x: &T) -> bool { intrinsic!() }
    pub fn binary_search(&self, x: &T) -> Result<usize, usize> { intrinsic!() }
    // std 1.95's loop (as binary_search's): halve the range by the midpoint's ordering, one final compare.
    pub fn binary_search_by<F: FnMut(&T) -> Ordering>(&self, mut f: F) -> Result<usize, usize> {
        let mut size = self.len();
        if size == 0 {
            return Err(0);
        }
        let mut base = 0;
        while size > 1 {
            let half = size / 2;
            let mid = base + half;
            if f(&self[mid]) != Ordering::Greater {
                base = mid;
            }
            size -= half;
        }
        let c = f(&self[base]);
        if c == Ordering::Equal {
            Ok(base)
        } else if c == Ordering::Less {
            Err(base + 1)
        } else {
            Err(base)
        }
    }
    pub fn binary_search_by_key<B: Ord, F: FnMut(&T) -> B>(&self, b: &B, mut f: F) -> Result<usize, usize> {
        self.binary_search_by(|k| f(k).cmp(b))
    }
    pub fn to_vec(&self) -> Vec<T> { intrinsic!() }
    pub fn sort(&mut self) { intrinsic!() }
    pub fn sort_unstable(&mut self) { intrinsic!() }
    pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F) { intrinsic!() }
    pub fn sort_unstable_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F) { intrinsic!() }
    pub fn sort_by_key<K, F: FnMut(&T) -> K>(&mut self, f: F) { intrinsic!() }
    pub fn sort_unstable_by_key<K, F: FnMut(&T) -> K>(&mut self, f: F) { intrinsic!() }
    // std's algorithm: each key computed once into a Vec of (key, index) (std narrows the index type to
    // the slice's length; rustle keeps usize), sorted, then applied as a permutation by swaps.
    pub fn sort_by_cached_key<K: Ord, F: FnMut(&T) -> K>(&mut self, mut f: F) {
        let len = self.len();
        if len < 2 {
            return;
        }
        let mut indices: Vec<(K, usize)> = Vec::with_capacity(len);
        let mut i = 0;
        while i < len {
            indices.push((f(&self[i]), i));
            i += 1;
        }
        indices.sort_unstable();
        let mut i = 0;
        while i < len {
            let mut index = indices[i].1;
            while index < i {
                index = indices[index].1;
            }
            indices[i].1 = index;
            self.swap(i, index);
            i += 1;
        }
    }
}

impl<T: PartialEq> [T] {
    pub fn starts_with(&self, needle: &[T]) -> bool {
        needle.len() <= self.len() && self.__eq_at(0, needle)
    }
    pub fn ends_with(&self, needle: &[T]) -> bool {
        needle.len() <= self.len() && self.__eq_at(self.len() - needle.len(), needle)
    }
    fn __eq_at(&self, at: usize, needle: &[T]) -> bool {
        let mut i = 0;
        while i < needle.len() {
            if self[at + i] != needle[i] {
                return false;
            }
            i += 1;
        }
        true
    }
}

impl<T> [T] {
    // Three reversals by swaps: each element moves once into place, nothing is cloned or dropped.
    pub fn rotate_left(&mut self, mid: usize) {
        assert!(mid <= self.len(), "assertion failed: mid <= self.len()");
        let n = self.len();
        self.__reverse_range(0, mid);
        self.__reverse_range(mid, n);
        self.__reverse_range(0, n);
    }
    pub fn rotate_right(&mut self, k: usize) {
        assert!(k <= self.len(), "assertion failed: k <= self.len()");
        let n = self.len();
        self.rotate_left(n - k);
    }
    fn __reverse_range(&mut self, from: usize, to: usize) {
        let mut i = from;
        let mut j = to;
        while i + 1 < j {
            j -= 1;
            self.swap(i, j);
            i += 1;
        }
    }
}

impl<T> Vec<T> {
    // Kept elements are swapped down in place; the duplicates, moved to the tail, are dropped by truncate.
    pub fn dedup_by<F: FnMut(&mut T, &mut T) -> bool>(&mut self, mut same_bucket: F) {
        let len = self.len();
        if len <= 1 {
            return;
        }
        let mut w = 1;
        let mut r = 1;
        while r < len {
            let (kept, rest) = self.split_at_mut(r);
            if !same_bucket(&mut rest[0], &mut kept[w - 1]) {
                self.swap(r, w);
                w += 1;
            }
            r += 1;
        }
        self.truncate(w);
    }
    pub fn dedup_by_key<K: PartialEq, F: FnMut(&mut T) -> K>(&mut self, mut key: F) {
        self.dedup_by(|a, b| key(a) == key(b))
    }
}

impl<T: Copy> [T] {
    pub fn copy_from_slice(&mut self, src: &[T]) {
        if self.len() != src.len() {
            panic!("copy_from_slice: source slice length ({}) does not match destination slice length ({})",
                src.len(), self.len());
        }
        let mut i = 0;
        while i < src.len() {
            self[i] = src[i];
            i += 1;
        }
    }
}

impl<T: Clone> [T] {
    pub fn fill(&mut self, value: T) {
        let mut i = 0;
        while i < self.len() {
            self[i] = value.clone();
            i += 1;
        }
    }
}

// std's Concat and Join for slices of Vecs: the result is allocated at its exact final size first.
impl<T: Clone> [Vec<T>] {
    pub fn concat(&self) -> Vec<T> {
        let mut size = 0;
        for v in self.iter() {
            size += v.len();
        }
        let mut out = Vec::with_capacity(size);
        for v in self.iter() {
            out.extend_from_slice(v);
        }
        out
    }
    pub fn join(&self, sep: &T) -> Vec<T> {
        if self.is_empty() {
            return Vec::new();
        }
        let mut size = self.len() - 1;
        for v in self.iter() {
            size += v.len();
        }
        let mut out = Vec::with_capacity(size);
        let mut first = true;
        for v in self.iter() {
            if !first {
                out.push(sep.clone());
            }
            first = false;
            out.extend_from_slice(v);
        }
        out
    }
}

impl [String] {
    pub fn join(&self, sep: &str) -> String { intrinsic!() }
    pub fn concat(&self) -> String { intrinsic!() }
}

impl [&str] {
    pub fn join(&self, sep: &str) -> String { intrinsic!() }
    pub fn concat(&self) -> String { intrinsic!() }
}

impl char {
    pub fn is_alphabetic(self) -> bool { intrinsic!() }
    pub fn is_numeric(self) -> bool { intrinsic!() }
    pub fn is_alphanumeric(self) -> bool { intrinsic!() }
    pub fn is_whitespace(self) -> bool { intrinsic!() }
    pub fn is_uppercase(self) -> bool { intrinsic!() }
    pub fn is_lowercase(self) -> bool { intrinsic!() }
    pub fn is_ascii_digit(&self) -> bool { intrinsic!() }
    pub fn is_ascii_alphabetic(&self) -> bool { intrinsic!() }
    pub fn is_ascii(&self) -> bool { intrinsic!() }
    pub fn to_ascii_uppercase(&self) -> char { intrinsic!() }
    pub fn to_ascii_lowercase(&self) -> char { intrinsic!() }
    pub fn to_digit(self, radix: u32) -> Option<u32> { intrinsic!() }
    pub fn len_utf8(self) -> usize { intrinsic!() }
    // The ASCII classes, as core defines them (by code point ranges).
    pub fn is_ascii_uppercase(&self) -> bool { *self >= 'A' && *self <= 'Z' }
    pub fn is_ascii_lowercase(&self) -> bool { *self >= 'a' && *self <= 'z' }
    pub fn is_ascii_alphanumeric(&self) -> bool { self.is_ascii_alphabetic() || self.is_ascii_digit() }
    pub fn is_ascii_hexdigit(&self) -> bool {
        self.is_ascii_digit() || (*self >= 'a' && *self <= 'f') || (*self >= 'A' && *self <= 'F')
    }
    pub fn is_ascii_punctuation(&self) -> bool {
        (*self >= '!' && *self <= '/') || (*self >= ':' && *self <= '@') || (*self >= '[' && *self <= '`')
            || (*self >= '{' && *self <= '~')
    }
    pub fn is_ascii_graphic(&self) -> bool { *self >= '!' && *self <= '~' }
    pub fn is_ascii_whitespace(&self) -> bool {
        *self == ' ' || *self == '\t' || *self == '\n' || *self == '\x0C' || *self == '\r'
    }
    pub fn is_ascii_control(&self) -> bool { *self <= '\x1F' || *self == '\x7F' }
    pub fn is_digit(self, radix: u32) -> bool { self.to_digit(radix).is_some() }
    pub fn eq_ignore_ascii_case(&self, other: &char) -> bool { self.to_ascii_lowercase() == other.to_ascii_lowercase() }
    pub const MAX: char = '\u{10FFFF}';
    pub fn __case_string(self, upper: bool) -> String { intrinsic!() }
    pub fn to_uppercase(self) -> ToUppercase { ToUppercase { s: self.__case_string(true), pos: 0 } }
    pub fn to_lowercase(self) -> ToUppercase { ToUppercase { s: self.__case_string(false), pos: 0 } }
    pub fn from_u32(i: u32) -> Option<char> { intrinsic!() }
    pub fn from_digit(num: u32, radix: u32) -> Option<char> {
        if radix > 36 {
            panic!("from_digit: radix is too high (maximum 36)");
        }
        if num < radix {
            let n = num as u8;
            if n < 10 { Some((b'0' + n) as char) } else { Some((b'a' + n - 10) as char) }
        } else {
            None
        }
    }
    // std's From<u8> (a u8 only: the checker's IntFroms reports other sources as E0277).
    pub fn from<S>(v: S) -> char { intrinsic!() }
}

// std::str::Chars::as_str: the text not yet iterated (tied here to the borrow of the iterator).
impl Chars {
    pub fn as_str(&self) -> &str { intrinsic!() }
}

// char::to_uppercase / to_lowercase: the mapped chars, an iterator that also displays what is left.
pub struct ToUppercase { s: String, pos: usize }
impl Iterator for ToUppercase {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        let c = self.s[self.pos..].chars().next();
        if let Some(ch) = c {
            self.pos += ch.len_utf8();
        }
        c
    }
}
impl Display for ToUppercase {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError> { f.write_str(&self.s[self.pos..]) }
}

impl f64 {
    pub fn sqrt(self) -> f64 { intrinsic!() }
    pub fn abs(self) -> f64 { intrinsic!() }
    pub fn floor(self) -> f64 { intrinsic!() }
    pub fn ceil(self) -> f64 { intrinsic!() }
    pub fn round(self) -> f64 { intrinsic!() }
    pub fn trunc(self) -> f64 { intrinsic!() }
    pub fn powi(self, n: i32) -> f64 { intrinsic!() }
    pub fn powf(self, n: f64) -> f64 { intrinsic!() }
    pub fn min(self, other: f64) -> f64 { intrinsic!() }
    pub fn max(self, other: f64) -> f64 { intrinsic!() }
    pub fn sin(self) -> f64 { intrinsic!() }
    pub fn cos(self) -> f64 { intrinsic!() }
    pub fn ln(self) -> f64 { intrinsic!() }
    pub fn exp(self) -> f64 { intrinsic!() }
    pub fn is_nan(self) -> bool { intrinsic!() }
    pub fn is_infinite(self) -> bool { intrinsic!() }
    pub fn is_finite(self) -> bool { intrinsic!() }
    pub fn is_sign_positive(self) -> bool { intrinsic!() }
    pub fn is_sign_negative(self) -> bool { intrinsic!() }
    pub fn tan(self) -> f64 { intrinsic!() }
    pub fn asin(self) -> f64 { intrinsic!() }
    pub fn acos(self) -> f64 { intrinsic!() }
    pub fn atan(self) -> f64 { intrinsic!() }
    pub fn atan2(self, other: f64) -> f64 { intrinsic!() }
    pub fn sinh(self) -> f64 { intrinsic!() }
    pub fn cosh(self) -> f64 { intrinsic!() }
    pub fn tanh(self) -> f64 { intrinsic!() }
    pub fn log(self, base: f64) -> f64 { intrinsic!() }
    pub fn log2(self) -> f64 { intrinsic!() }
    pub fn log10(self) -> f64 { intrinsic!() }
    pub fn exp2(self) -> f64 { intrinsic!() }
    pub fn cbrt(self) -> f64 { intrinsic!() }
    pub fn hypot(self, other: f64) -> f64 { intrinsic!() }
    pub fn recip(self) -> f64 { intrinsic!() }
    pub fn signum(self) -> f64 { intrinsic!() }
    pub fn fract(self) -> f64 { intrinsic!() }
    pub fn mul_add(self, a: f64, b: f64) -> f64 { intrinsic!() }
    pub fn copysign(self, sign: f64) -> f64 { intrinsic!() }
    pub fn to_degrees(self) -> f64 { intrinsic!() }
    pub fn to_radians(self) -> f64 { intrinsic!() }
    pub fn clamp(self, min: f64, max: f64) -> f64 { intrinsic!() }
    pub fn to_bits(self) -> u64 { intrinsic!() }
    // std's: flip the magnitude bits of negatives, then compare as signed integers (-NaN < -inf < ... < NaN).
    pub fn total_cmp(&self, other: &Self) -> Ordering {
        let mut left = self.to_bits() as i64;
        let mut right = other.to_bits() as i64;
        left ^= (((left >> 63) as u64) >> 1) as i64;
        right ^= (((right >> 63) as u64) >> 1) as i64;
        left.cmp(&right)
    }
    pub fn from_bits(v: u64) -> f64 { intrinsic!() }
    // std's lossless From impls (the checker's IntFroms reports other sources as E0277).
    pub fn from<S>(v: S) -> f64 { intrinsic!() }
    pub const MAX: f64 = 1.7976931348623157e308;
    pub const MIN: f64 = -1.7976931348623157e308;
    pub const EPSILON: f64 = 2.220446049250313e-16;
    pub const MIN_POSITIVE: f64 = 2.2250738585072014e-308;
    pub const INFINITY: f64 = 1.0 / 0.0;
    pub const NEG_INFINITY: f64 = -1.0 / 0.0;
    // std's quiet NaN has the sign bit clear (the machine's 0.0 / 0.0 sets it: total_cmp, is_sign_negative).
    pub const NAN: f64 = f64::from_bits(0x7ff8000000000000);
}

// std::f64::consts and std::f32::consts (PathCk.resolveStdPath maps `consts::PI` here), as std 1.95 prints them.
pub const __F64_PI: f64 = 3.141592653589793;
pub const __F64_TAU: f64 = 6.283185307179586;
pub const __F64_E: f64 = 2.718281828459045;
pub const __F64_SQRT_2: f64 = 1.4142135623730951;
pub const __F64_LN_2: f64 = 0.6931471805599453;
pub const __F64_LN_10: f64 = 2.302585092994046;
pub const __F64_LOG2_E: f64 = 1.4426950408889634;
pub const __F64_LOG10_E: f64 = 0.4342944819032518;
pub const __F64_LOG2_10: f64 = 3.321928094887362;
pub const __F64_LOG10_2: f64 = 0.3010299956639812;
pub const __F64_FRAC_1_SQRT_2: f64 = 0.7071067811865476;
pub const __F64_FRAC_PI_2: f64 = 1.5707963267948966;
pub const __F64_FRAC_PI_3: f64 = 1.0471975511965979;
pub const __F64_FRAC_PI_4: f64 = 0.7853981633974483;
pub const __F64_FRAC_PI_6: f64 = 0.5235987755982989;
pub const __F64_FRAC_PI_8: f64 = 0.39269908169872414;
pub const __F64_FRAC_1_PI: f64 = 0.3183098861837907;
pub const __F64_FRAC_2_PI: f64 = 0.6366197723675814;
pub const __F64_FRAC_2_SQRT_PI: f64 = 1.1283791670955126;
pub const __F32_PI: f32 = 3.1415927;
pub const __F32_TAU: f32 = 6.2831855;
pub const __F32_E: f32 = 2.7182817;
pub const __F32_SQRT_2: f32 = 1.4142135;
pub const __F32_LN_2: f32 = 0.6931472;
pub const __F32_LN_10: f32 = 2.3025851;
pub const __F32_LOG2_E: f32 = 1.442695;
pub const __F32_LOG10_E: f32 = 0.4342945;
pub const __F32_LOG2_10: f32 = 3.321928;
pub const __F32_LOG10_2: f32 = 0.30103;
pub const __F32_FRAC_1_SQRT_2: f32 = 0.70710677;
pub const __F32_FRAC_PI_2: f32 = 1.5707964;
pub const __F32_FRAC_PI_3: f32 = 1.0471976;
pub const __F32_FRAC_PI_4: f32 = 0.7853982;
pub const __F32_FRAC_PI_6: f32 = 0.5235988;
pub const __F32_FRAC_PI_8: f32 = 0.3926991;
pub const __F32_FRAC_1_PI: f32 = 0.31830987;
pub const __F32_FRAC_2_PI: f32 = 0.63661975;
pub const __F32_FRAC_2_SQRT_PI: f32 = 1.1283792;

impl f32 {
    pub fn sqrt(self) -> f32 { intrinsic!() }
    pub fn abs(self) -> f32 { intrinsic!() }
    pub fn floor(self) -> f32 { intrinsic!() }
    pub fn ceil(self) -> f32 { intrinsic!() }
    pub fn round(self) -> f32 { intrinsic!() }
    pub fn trunc(self) -> f32 { intrinsic!() }
    pub fn powi(self, n: i32) -> f32 { intrinsic!() }
    pub fn powf(self, n: f32) -> f32 { intrinsic!() }
    pub fn min(self, other: f32) -> f32 { intrinsic!() }
    pub fn max(self, other: f32) -> f32 { intrinsic!() }
    pub fn sin(self) -> f32 { intrinsic!() }
    pub fn cos(self) -> f32 { intrinsic!() }
    pub fn ln(self) -> f32 { intrinsic!() }
    pub fn exp(self) -> f32 { intrinsic!() }
    pub fn is_nan(self) -> bool { intrinsic!() }
    pub fn is_infinite(self) -> bool { intrinsic!() }
    pub fn is_finite(self) -> bool { intrinsic!() }
    pub fn is_sign_positive(self) -> bool { intrinsic!() }
    pub fn is_sign_negative(self) -> bool { intrinsic!() }
    pub fn tan(self) -> f32 { intrinsic!() }
    pub fn asin(self) -> f32 { intrinsic!() }
    pub fn acos(self) -> f32 { intrinsic!() }
    pub fn atan(self) -> f32 { intrinsic!() }
    pub fn atan2(self, other: f32) -> f32 { intrinsic!() }
    pub fn sinh(self) -> f32 { intrinsic!() }
    pub fn cosh(self) -> f32 { intrinsic!() }
    pub fn tanh(self) -> f32 { intrinsic!() }
    pub fn log(self, base: f32) -> f32 { intrinsic!() }
    pub fn log2(self) -> f32 { intrinsic!() }
    pub fn log10(self) -> f32 { intrinsic!() }
    pub fn exp2(self) -> f32 { intrinsic!() }
    pub fn cbrt(self) -> f32 { intrinsic!() }
    pub fn hypot(self, other: f32) -> f32 { intrinsic!() }
    pub fn recip(self) -> f32 { intrinsic!() }
    pub fn signum(self) -> f32 { intrinsic!() }
    pub fn fract(self) -> f32 { intrinsic!() }
    pub fn mul_add(self, a: f32, b: f32) -> f32 { intrinsic!() }
    pub fn copysign(self, sign: f32) -> f32 { intrinsic!() }
    pub fn to_degrees(self) -> f32 { intrinsic!() }
    pub fn to_radians(self) -> f32 { intrinsic!() }
    pub fn clamp(self, min: f32, max: f32) -> f32 { intrinsic!() }
    pub fn to_bits(self) -> u32 { intrinsic!() }
    // std's: flip the magnitude bits of negatives, then compare as signed integers (-NaN < -inf < ... < NaN).
    pub fn total_cmp(&self, other: &Self) -> Ordering {
        let mut left = self.to_bits() as i32;
        let mut right = other.to_bits() as i32;
        left ^= (((left >> 31) as u32) >> 1) as i32;
        right ^= (((right >> 31) as u32) >> 1) as i32;
        left.cmp(&right)
    }
    pub fn from_bits(v: u32) -> f32 { intrinsic!() }
    pub fn from<S>(v: S) -> f32 { intrinsic!() }
    pub const MAX: f32 = 3.40282347e+38;
    pub const MIN: f32 = -3.40282347e+38;
    pub const EPSILON: f32 = 1.1920929e-7;
    pub const MIN_POSITIVE: f32 = 1.1754944e-38;
    pub const INFINITY: f32 = 1.0 / 0.0;
    pub const NEG_INFINITY: f32 = -1.0 / 0.0;
    pub const NAN: f32 = f32::from_bits(0x7fc00000);
}

// Smart pointers (std::rc, std::cell). Rc<T> is the address of a heap RcBox { strong, weak, value };
// RefCell<T> is { borrow flag: isize, value: T }; Ref/RefMut are (value pointer, flag pointer).
pub struct Rc<T>;
pub struct Weak<T>;
pub struct RefCell<T>;
pub struct Ref<T>;
pub struct RefMut<T>;
pub struct Cell<T>;

impl<T> Rc<T> {
    pub fn new(value: T) -> Rc<T> { intrinsic!() }
    pub fn clone(&self) -> Rc<T> { intrinsic!() }
    pub fn strong_count(this: &Rc<T>) -> usize { intrinsic!() }
    pub fn weak_count(this: &Rc<T>) -> usize { intrinsic!() }
    pub fn downgrade(this: &Rc<T>) -> Weak<T> { intrinsic!() }
    pub fn ptr_eq(this: &Rc<T>, other: &Rc<T>) -> bool { intrinsic!() }
}

impl<T> Weak<T> {
    pub fn new() -> Weak<T> { intrinsic!() }
    pub fn clone(&self) -> Weak<T> { intrinsic!() }
    pub fn upgrade(&self) -> Option<Rc<T>> { intrinsic!() }
    pub fn strong_count(&self) -> usize { intrinsic!() }
    pub fn weak_count(&self) -> usize { intrinsic!() }
}

impl<T> RefCell<T> {
    pub fn new(value: T) -> RefCell<T> { intrinsic!() }
    pub fn borrow(&self) -> Ref<T> { intrinsic!() }
    pub fn borrow_mut(&self) -> RefMut<T> { intrinsic!() }
    // Written in Rust over borrow_mut, so they panic as std's do when the value is borrowed.
    pub fn replace(&self, t: T) -> T {
        std::mem::replace(&mut *self.borrow_mut(), t)
    }
    pub fn replace_with<F: FnOnce(&mut T) -> T>(&self, f: F) -> T {
        let mut b = self.borrow_mut();
        let new = f(&mut *b);
        std::mem::replace(&mut *b, new)
    }
    pub fn into_inner(self) -> T {
        // The value moves out; the cell itself owns nothing else, so forgetting it frees nothing twice.
        let p: *const T = &*self.borrow();
        let v = unsafe { std::ptr::read(p) };
        std::mem::forget(self);
        v
    }
    pub fn swap(&self, other: &RefCell<T>) {
        std::mem::swap(&mut *self.borrow_mut(), &mut *other.borrow_mut())
    }
    // The value itself: `&mut self` proves no Ref or RefMut is alive, so the flag is not touched.
    pub fn get_mut(&mut self) -> &mut T { intrinsic!() }
    // The borrow flag, as std keeps it: the number of shared borrows, or -1 while mutably borrowed.
    pub fn __flag(&self) -> isize { intrinsic!() }
    pub fn try_borrow(&self) -> Result<Ref<T>, BorrowError> {
        if self.__flag() < 0 { Err(BorrowError(())) } else { Ok(self.borrow()) }
    }
    pub fn try_borrow_mut(&self) -> Result<RefMut<T>, BorrowMutError> {
        if self.__flag() != 0 { Err(BorrowMutError(())) } else { Ok(self.borrow_mut()) }
    }
}
// std::cell::BorrowError and BorrowMutError: what try_borrow and try_borrow_mut return instead of panicking.
pub struct BorrowError(());
pub struct BorrowMutError(());
impl Debug for BorrowError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError> { f.write_str("BorrowError") }
}
impl Display for BorrowError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError> { f.write_str("RefCell already mutably borrowed") }
}
impl Error for BorrowError {}
impl Debug for BorrowMutError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError> { f.write_str("BorrowMutError") }
}
impl Display for BorrowMutError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError> { f.write_str("RefCell already borrowed") }
}
impl Error for BorrowMutError {}
impl<T: Default> RefCell<T> {
    pub fn take(&self) -> T {
        std::mem::take(&mut *self.borrow_mut())
    }
}

impl<T> Cell<T> {
    pub fn new(value: T) -> Cell<T> { intrinsic!() }
    pub fn get(&self) -> T { intrinsic!() }
    pub fn set(&self, value: T) { intrinsic!() }
}

// Raw pointers: `*const T` is __ConstPtr<T>, `*mut T` is __MutPtr<T> (rustle.types.RawPtrs), an 8-byte
// address. Dereferencing one (`*p`, `read`, `write`) checks that it points into live memory.
#[derive(Clone, Copy)]
pub struct __ConstPtr<T>;
#[derive(Clone, Copy)]
pub struct __MutPtr<T>;

impl<T> __ConstPtr<T> {
    pub fn is_null(self) -> bool { intrinsic!() }
    pub fn addr(self) -> usize { intrinsic!() }
    pub unsafe fn add(self, count: usize) -> *const T { intrinsic!() }
    pub unsafe fn sub(self, count: usize) -> *const T { intrinsic!() }
    pub unsafe fn offset(self, count: isize) -> *const T { intrinsic!() }
    pub fn wrapping_add(self, count: usize) -> *const T { intrinsic!() }
    pub fn wrapping_sub(self, count: usize) -> *const T { intrinsic!() }
    pub fn wrapping_offset(self, count: isize) -> *const T { intrinsic!() }
    pub unsafe fn read(self) -> T { intrinsic!() }
}

impl<T> __MutPtr<T> {
    pub fn is_null(self) -> bool { intrinsic!() }
    pub fn addr(self) -> usize { intrinsic!() }
    pub unsafe fn add(self, count: usize) -> *mut T { intrinsic!() }
    pub unsafe fn sub(self, count: usize) -> *mut T { intrinsic!() }
    pub unsafe fn offset(self, count: isize) -> *mut T { intrinsic!() }
    pub fn wrapping_add(self, count: usize) -> *mut T { intrinsic!() }
    pub fn wrapping_sub(self, count: usize) -> *mut T { intrinsic!() }
    pub fn wrapping_offset(self, count: isize) -> *mut T { intrinsic!() }
    pub unsafe fn read(self) -> T { intrinsic!() }
    pub unsafe fn write(self, val: T) { intrinsic!() }
    pub fn cast_const(self) -> *const T { intrinsic!() }
}

// std::sync::Mutex, for one thread (rustle runs no threads): laid out as std 1.95's, a futex word (0
// unlocked, 1 locked), the poison flag, then the value (kept last, as std's `T: ?Sized` field is).
// A MutexGuard is (&Mutex, panicking flag); it derefs to the value and unlocks when dropped.
pub struct Mutex<T> {
    inner: (Cell<u32>, bool, T),
}
pub struct MutexGuard<'a, T> {
    lock: &'a Mutex<T>,
    panicking: bool,
}
#[derive(Debug)]
pub struct PoisonError<T> {
    guard: T,
}

impl<T> Mutex<T> {
    pub fn new(t: T) -> Mutex<T> {
        Mutex { inner: (Cell::new(0), false, t) }
    }
    pub fn lock(&self) -> Result<MutexGuard<T>, PoisonError<MutexGuard<T>>> {
        if self.inner.0.get() != 0 {
            panic!("rustle: this lock() would deadlock: the Mutex is already locked by this thread");
        }
        self.inner.0.set(1);
        Ok(MutexGuard { lock: self, panicking: false })
    }
    pub fn is_poisoned(&self) -> bool {
        self.inner.1
    }
    pub fn into_inner(self) -> Result<T, PoisonError<T>> {
        let (_, _, t) = self.inner;
        Ok(t)
    }
}

impl<'a, T> Deref for MutexGuard<'a, T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.lock.inner.2
    }
}

impl<'a, T> DerefMut for MutexGuard<'a, T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.lock.inner.2
    }
}

impl<'a, T> Drop for MutexGuard<'a, T> {
    fn drop(&mut self) {
        self.lock.inner.0.set(0);
    }
}

// A guard formats as the value it guards, as std's does.
impl<'a, T: Debug> Debug for MutexGuard<'a, T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError> {
        Debug::fmt(&self.lock.inner.2, f)
    }
}
impl<'a, T: Display> Display for MutexGuard<'a, T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError> {
        Display::fmt(&self.lock.inner.2, f)
    }
}

impl<T: Debug> Debug for Mutex<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError> {
        if self.inner.0.get() != 0 {
            write!(f, "Mutex {{ data: \"<locked>\", poisoned: {}, .. }}", self.inner.1)
        } else {
            write!(f, "Mutex {{ data: {:?}, poisoned: {}, .. }}", self.inner.2, self.inner.1)
        }
    }
}

// Hash tables (std::collections). HashMap<K, V> is hashbrown's RawTable { ctrl, bucket_mask, growth_left,
// items } then RandomState { k0, k1 } (48 bytes); the control bytes and the (K, V) buckets share one heap
// block (docs/memory-model.md). HashSet<T> is laid out as HashMap<T, ()>. Keys are hashed with SipHash-1-3
// under fixed keys, so the iteration order is deterministic.
pub struct HashMap<K, V>;
pub struct HashSet<T>;
pub struct Entry<K, V> { map: usize, key: K }
pub struct MapIter<K, V> { ctrl: usize, next: usize, buckets: usize, left: usize }
pub struct MapIterMut<K, V> { ctrl: usize, next: usize, buckets: usize, left: usize }
pub struct MapIntoIter<K, V> { ctrl: usize, next: usize, buckets: usize, left: usize }
pub struct Keys<K, V> { ctrl: usize, next: usize, buckets: usize, left: usize }
pub struct Values<K, V> { ctrl: usize, next: usize, buckets: usize, left: usize }
pub struct ValuesMut<K, V> { ctrl: usize, next: usize, buckets: usize, left: usize }
pub struct SetIter<T> { ctrl: usize, next: usize, buckets: usize, left: usize }
pub struct SetIntoIter<T> { ctrl: usize, next: usize, buckets: usize, left: usize }
// std's Union, Intersection, Difference and SymmetricDifference: two borrowed sets and a cursor.
pub struct SetOp<T> { first: usize, second: usize, next: usize, phase: usize, mode: usize }

impl<K, V> HashMap<K, V> {
    pub fn new() -> HashMap<K, V> { intrinsic!() }
    pub fn with_capacity(capacity: usize) -> HashMap<K, V> { intrinsic!() }
    pub fn capacity(&self) -> usize { intrinsic!() }
    pub fn len(&self) -> usize { intrinsic!() }
    pub fn is_empty(&self) -> bool { intrinsic!() }
    pub fn insert(&mut self, k: K, v: V) -> Option<V> { intrinsic!() }
    pub fn get<Q>(&self, k: &Q) -> Option<&V> { intrinsic!() }
    pub fn get_mut<Q>(&mut self, k: &Q) -> Option<&mut V> { intrinsic!() }
    pub fn contains_key<Q>(&self, k: &Q) -> bool { intrinsic!() }
    pub fn remove<Q>(&mut self, k: &Q) -> Option<V> { intrinsic!() }
    pub fn clear(&mut self) { intrinsic!() }
    pub fn reserve(&mut self, additional: usize) { intrinsic!() }
    pub fn entry(&mut self, key: K) -> Entry<K, V> { intrinsic!() }
    pub fn iter(&self) -> MapIter<K, V> { intrinsic!() }
    pub fn iter_mut(&mut self) -> MapIterMut<K, V> { intrinsic!() }
    pub fn into_iter(self) -> MapIntoIter<K, V> { intrinsic!() }
    pub fn keys(&self) -> Keys<K, V> { intrinsic!() }
    pub fn values(&self) -> Values<K, V> { intrinsic!() }
    pub fn values_mut(&mut self) -> ValuesMut<K, V> { intrinsic!() }
    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, f: F) { intrinsic!() }
    // std's From<[(K, V); N]>, as from_iter (check.CollFroms).
    pub fn from<A>(a: A) -> HashMap<K, V> { intrinsic!() }
}

impl<K, V> Entry<K, V> {
    pub fn or_insert(self, default: V) -> &'static mut V { intrinsic!() }
    pub fn or_default(self) -> &'static mut V { intrinsic!() }
    pub fn key(&self) -> &K { intrinsic!() }
    pub fn or_insert_with<F: FnOnce() -> V>(self, f: F) -> &'static mut V {
        if self.is_occupied() {
            self.occupied_value()
        } else {
            self.or_insert(f())
        }
    }
    pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> Entry<K, V> {
        if self.is_occupied() {
            f(self.peek_value());
        }
        self
    }
    fn is_occupied(&self) -> bool { intrinsic!() }
    fn occupied_value(self) -> &'static mut V { intrinsic!() }
    fn peek_value(&self) -> &'static mut V { intrinsic!() }
}

impl<T> HashSet<T> {
    pub fn new() -> HashSet<T> { intrinsic!() }
    pub fn with_capacity(capacity: usize) -> HashSet<T> { intrinsic!() }
    pub fn capacity(&self) -> usize { intrinsic!() }
    pub fn len(&self) -> usize { intrinsic!() }
    pub fn is_empty(&self) -> bool { intrinsic!() }
    pub fn insert(&mut self, value: T) -> bool { intrinsic!() }
    pub fn contains<Q>(&self, value: &Q) -> bool { intrinsic!() }
    pub fn remove<Q>(&mut self, value: &Q) -> bool { intrinsic!() }
    pub fn clear(&mut self) { intrinsic!() }
    pub fn iter(&self) -> SetIter<T> { intrinsic!() }
    pub fn into_iter(self) -> SetIntoIter<T> { intrinsic!() }
    pub fn union(&self, other: &HashSet<T>) -> SetOp<T> { intrinsic!() }
    pub fn intersection(&self, other: &HashSet<T>) -> SetOp<T> { intrinsic!() }
    pub fn difference(&self, other: &HashSet<T>) -> SetOp<T> { intrinsic!() }
    pub fn symmetric_difference(&self, other: &HashSet<T>) -> SetOp<T> { intrinsic!() }
    pub fn is_subset(&self, other: &HashSet<T>) -> bool { intrinsic!() }
    pub fn is_superset(&self, other: &HashSet<T>) -> bool { intrinsic!() }
    pub fn is_disjoint(&self, other: &HashSet<T>) -> bool { intrinsic!() }
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F) { intrinsic!() }
    // std's From<[T; N]>, as from_iter (check.CollFroms).
    pub fn from<A>(a: A) -> HashSet<T> { intrinsic!() }
}

// std::collections::VecDeque: a ring buffer, as std's { head, len, buf: RawVec<T> } (32 bytes). Here the
// RawVec and len are a Vec<T> (capacity, pointer, len): its heap block is the ring, head is the physical
// index of the first element, and the Vec's len is the deque's, counting elements from head on, wrapping
// (so the Vec's own element view is not used: the deque drops, clones and shows its elements itself).
// Growth is std's (the Vec's amortized growth, then handle_capacity_increase moving the wrapped part), so
// capacity() and the block's contents match std.
pub struct VecDeque<T> { buf: Vec<T>, head: usize }
// std::collections::vec_deque::{Iter, IterMut, IntoIter}: logical indices front..back not yet yielded.
// `rev` flips `rev` (the iterator then yields from the back): rustle's DoubleEndedIterator::rev for these.
pub struct DequeIter<'a, T> { deque: &'a VecDeque<T>, front: usize, back: usize, rev: bool }
pub struct DequeIterMut<'a, T> { deque: &'a mut VecDeque<T>, front: usize, back: usize }
pub struct DequeIntoIter<T> { inner: VecDeque<T> }

impl<T> VecDeque<T> {
    pub fn new() -> VecDeque<T> {
        VecDeque { buf: Vec::new(), head: 0 }
    }
    pub fn with_capacity(capacity: usize) -> VecDeque<T> {
        VecDeque { buf: Vec::with_capacity(capacity), head: 0 }
    }
    pub fn capacity(&self) -> usize { self.buf.capacity() }
    pub fn len(&self) -> usize { self.buf.len() }
    fn __set_len(&mut self, len: usize) {
        unsafe { self.buf.__set_len(len) }
    }
    pub fn is_empty(&self) -> bool { self.buf.len() == 0 }
    fn __wrap(&self, logical: usize) -> usize {
        let cap = self.buf.capacity();
        if logical >= cap { logical - cap } else { logical }
    }
    fn __phys(&self, idx: usize) -> usize { self.__wrap(self.head.wrapping_add(idx)) }
    fn __slot(&self, phys: usize) -> *mut T {
        let p: *const T = self.buf.as_ptr();
        unsafe { (p as *mut T).add(phys) }
    }
    pub fn get(&self, index: usize) -> Option<&T> {
        if index < self.len() {
            unsafe { Some(&*self.__slot(self.__phys(index))) }
        } else {
            None
        }
    }
    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        if index < self.len() {
            unsafe { Some(&mut *self.__slot(self.__phys(index))) }
        } else {
            None
        }
    }
    pub fn front(&self) -> Option<&T> { self.get(0) }
    pub fn back(&self) -> Option<&T> { self.get(self.len().wrapping_sub(1)) }
    pub fn front_mut(&mut self) -> Option<&mut T> { self.get_mut(0) }
    pub fn back_mut(&mut self) -> Option<&mut T> {
        let i = self.len().wrapping_sub(1);
        self.get_mut(i)
    }
    pub fn push_back(&mut self, value: T) {
        if self.len() == self.capacity() {
            self.__grow();
        }
        let p = self.__phys(self.len());
        unsafe { self.__slot(p).write(value) }
        self.__set_len(self.len() + 1);
    }
    pub fn push_front(&mut self, value: T) {
        if self.len() == self.capacity() {
            self.__grow();
        }
        let cap = self.capacity();
        self.head = self.__wrap(self.head.wrapping_sub(1).wrapping_add(cap));
        unsafe { self.__slot(self.head).write(value) }
        self.__set_len(self.len() + 1);
    }
    pub fn pop_front(&mut self) -> Option<T> {
        if self.len() == 0 {
            return None;
        }
        let old_head = self.head;
        self.head = self.__phys(1);
        self.__set_len(self.len() - 1);
        unsafe { Some(self.__slot(old_head).read()) }
    }
    pub fn pop_back(&mut self) -> Option<T> {
        if self.len() == 0 {
            return None;
        }
        self.__set_len(self.len() - 1);
        let p = self.__phys(self.len());
        unsafe { Some(self.__slot(p).read()) }
    }
    // std's grow: the RawVec grows by one element's worth (amortized), then the ring is made contiguous
    // again in the larger block.
    fn __grow(&mut self) {
        let old_cap = self.capacity();
        self.buf.reserve(1);
        self.__handle_capacity_increase(old_cap);
    }
    pub fn reserve(&mut self, additional: usize) {
        let new_cap = self.len().checked_add(additional).expect("capacity overflow");
        let old_cap = self.capacity();
        if new_cap > old_cap {
            self.buf.reserve(additional);
            self.__handle_capacity_increase(old_cap);
        }
    }
    // std's handle_capacity_increase: a wrapped ring moves its shorter part (the tail to just past the old
    // end, or the head part to the new end).
    fn __handle_capacity_increase(&mut self, old_cap: usize) {
        let new_cap = self.capacity();
        if self.head <= old_cap - self.len() {
            return;
        }
        let head_len = old_cap - self.head;
        let tail_len = self.len() - head_len;
        if head_len > tail_len && new_cap - old_cap >= tail_len {
            self.__copy(0, old_cap, tail_len);
        } else {
            let new_head = new_cap - head_len;
            self.__copy(self.head, new_head, head_len);
            self.head = new_head;
        }
    }
    // ptr::copy of n slots (overlapping allowed): moved one by one in the direction that never overwrites
    // a slot before it is read.
    fn __copy(&mut self, src: usize, dst: usize, n: usize) {
        if dst > src {
            let mut i = n;
            while i > 0 {
                i -= 1;
                unsafe { self.__slot(dst + i).write(self.__slot(src + i).read()) }
            }
        } else {
            let mut i = 0;
            while i < n {
                unsafe { self.__slot(dst + i).write(self.__slot(src + i).read()) }
                i += 1;
            }
        }
    }
    // Drops the elements from logical index len on, front to back, as std's truncate (len is set first).
    pub fn truncate(&mut self, len: usize) {
        if len >= self.len() {
            return;
        }
        let old = self.len();
        self.__set_len(len);
        let mut i = len;
        while i < old {
            let p = self.__phys(i);
            drop(unsafe { self.__slot(p).read() });
            i += 1;
        }
    }
    pub fn clear(&mut self) {
        self.truncate(0);
        self.head = 0;
    }
    pub fn iter(&self) -> DequeIter<T> {
        DequeIter { deque: self, front: 0, back: self.len(), rev: false }
    }
    pub fn iter_mut(&mut self) -> DequeIterMut<T> {
        let back = self.len();
        DequeIterMut { deque: self, front: 0, back: back }
    }
    pub fn into_iter(self) -> DequeIntoIter<T> {
        DequeIntoIter { inner: self }
    }
    // std's From<Vec<T>> (the Vec's buffer becomes the ring) and From<[T; N]> (check.CollFroms).
    pub fn from<A>(a: A) -> VecDeque<T> { intrinsic!() }
}

impl<T> VecDeque<T> {
    pub fn swap(&mut self, i: usize, j: usize) {
        assert!(i < self.len(), "assertion failed: i < self.len()");
        assert!(j < self.len(), "assertion failed: j < self.len()");
        let ri = self.__phys(i);
        let rj = self.__phys(j);
        if ri != rj {
            unsafe {
                let a = self.__slot(ri).read();
                self.__slot(ri).write(self.__slot(rj).read());
                self.__slot(rj).write(a);
            }
        }
    }
    // Moves the element at logical index `from` into the (vacated) slot of logical index `to`.
    fn __move(&mut self, from: usize, to: usize) {
        let f = self.__phys(from);
        let t = self.__phys(to);
        unsafe { self.__slot(t).write(self.__slot(f).read()) }
    }
    // std's remove: whichever side of index is shorter moves over the gap (so head moves when the front
    // part is shorter).
    pub fn remove(&mut self, index: usize) -> Option<T> {
        if self.len() <= index {
            return None;
        }
        let elem = unsafe { self.__slot(self.__phys(index)).read() };
        let k = self.len() - index - 1;
        if k < index {
            let mut i = index;
            while i + 1 < self.len() {
                self.__move(i + 1, i);
                i += 1;
            }
            self.__set_len(self.len() - 1);
        } else {
            let mut i = index;
            while i > 0 {
                self.__move(i - 1, i);
                i -= 1;
            }
            self.head = self.__phys(1);
            self.__set_len(self.len() - 1);
        }
        Some(elem)
    }
    // std's insert: the shorter side moves one place to open the gap.
    pub fn insert(&mut self, index: usize, value: T) {
        assert!(index <= self.len(), "index out of bounds");
        if self.len() == self.capacity() {
            self.__grow();
        }
        let k = self.len() - index;
        if k < index {
            let mut i = self.len();
            while i > index {
                self.__move(i - 1, i);
                i -= 1;
            }
        } else {
            let cap = self.capacity();
            self.head = self.__wrap(self.head.wrapping_sub(1).wrapping_add(cap));
            let mut i = 0;
            while i < index {
                self.__move(i + 1, i);
                i += 1;
            }
        }
        let p = self.__phys(index);
        unsafe { self.__slot(p).write(value) }
        self.__set_len(self.len() + 1);
    }
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        self.retain_mut(|x| f(x))
    }
    // std's retain_mut: kept elements are swapped down in place, the rest dropped by truncate at the end.
    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, mut f: F) {
        let len = self.len();
        let mut idx = 0;
        let mut cur = 0;
        while cur < len {
            if !f(&mut self[cur]) {
                cur += 1;
                break;
            }
            cur += 1;
            idx += 1;
        }
        while cur < len {
            if !f(&mut self[cur]) {
                cur += 1;
                continue;
            }
            self.swap(idx, cur);
            cur += 1;
            idx += 1;
        }
        if cur != idx {
            self.truncate(idx);
        }
    }
}

impl<T: Clone> Clone for VecDeque<T> {
    fn clone(&self) -> VecDeque<T> {
        let mut d = VecDeque::with_capacity(self.len());
        for x in self.iter() {
            d.push_back(x.clone());
        }
        d
    }
}

impl<T: PartialEq> PartialEq for VecDeque<T> {
    fn eq(&self, other: &VecDeque<T>) -> bool {
        if self.len() != other.len() {
            return false;
        }
        let mut i = 0;
        while i < self.len() {
            if self[i] != other[i] {
                return false;
            }
            i += 1;
        }
        true
    }
}

impl<T: PartialEq> PartialEq<Vec<T>> for VecDeque<T> {
    fn eq(&self, other: &Vec<T>) -> bool {
        if self.len() != other.len() {
            return false;
        }
        let mut i = 0;
        while i < self.len() {
            if self[i] != other[i] {
                return false;
            }
            i += 1;
        }
        true
    }
}

impl<T: PartialEq> VecDeque<T> {
    pub fn contains(&self, x: &T) -> bool {
        let mut i = 0;
        while i < self.len() {
            if self[i] == *x {
                return true;
            }
            i += 1;
        }
        false
    }
}

// The elements are dropped front to back; the buffer (a Vec of len 0) then frees the block.
impl<T> Drop for VecDeque<T> {
    fn drop(&mut self) {
        self.truncate(0);
    }
}

impl<T> Index<usize> for VecDeque<T> {
    type Output = T;
    fn index(&self, index: usize) -> &T {
        self.get(index).expect("Out of bounds access")
    }
}

impl<T> IndexMut<usize> for VecDeque<T> {
    fn index_mut(&mut self, index: usize) -> &mut T {
        self.get_mut(index).expect("Out of bounds access")
    }
}

impl<T: Debug> Debug for VecDeque<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError> {
        // Formatter::debug_list: `[a, b]`, or with `{:#?}` one entry a line, indented by four spaces (std's
        // PadAdapter) and followed by a comma.
        if f.alternate() {
            f.write_str("[")?;
            if self.len() > 0 {
                f.write_str("\n")?;
            }
            for x in self.iter() {
                let s = format!("{:#?},", x);
                for line in s.split('\n') {
                    f.write_str("    ")?;
                    f.write_str(line)?;
                    f.write_str("\n")?;
                }
            }
            f.write_str("]")
        } else {
            f.write_str("[")?;
            let mut first = true;
            for x in self.iter() {
                if !first {
                    f.write_str(", ")?;
                }
                first = false;
                x.fmt(f)?;
            }
            f.write_str("]")
        }
    }
}

impl<'a, T> DequeIter<'a, T> {
    pub fn rev(self) -> DequeIter<'a, T> {
        DequeIter { deque: self.deque, front: self.front, back: self.back, rev: !self.rev }
    }
    pub fn next_back(&mut self) -> Option<&'a T> {
        self.rev = !self.rev;
        let r = self.next();
        self.rev = !self.rev;
        r
    }
}

impl<'a, T> Iterator for DequeIter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        if self.rev {
            if self.front < self.back {
                self.back -= 1;
                return self.deque.get(self.back);
            }
            return None;
        }
        if self.front < self.back {
            let r = self.deque.get(self.front);
            self.front += 1;
            r
        } else {
            None
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.back - self.front, Some(self.back - self.front))
    }
}

impl<'a, T> Iterator for DequeIterMut<'a, T> {
    type Item = &'a mut T;
    fn next(&mut self) -> Option<&'a mut T> {
        if self.front < self.back {
            let p = self.deque.__phys(self.front);
            self.front += 1;
            unsafe { Some(&mut *self.deque.__slot(p)) }
        } else {
            None
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.back - self.front, Some(self.back - self.front))
    }
}

impl<T> Iterator for DequeIntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.inner.pop_front()
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.inner.len(), Some(self.inner.len()))
    }
}


// std::collections::BinaryHeap: a max-heap in a Vec, laid out as std's { data: Vec<T> }. push, pop,
// from and into_sorted_vec are std's sift_up / sift_down_to_bottom / rebuild / sift_down_range (with the
// same comparisons, through a hole: the element is read out and written back once at its place), so the
// order of data, which {:?}, iter and into_vec show, is std's.
#[derive(Clone)]
pub struct BinaryHeap<T> { data: Vec<T> }

impl<T: Ord> BinaryHeap<T> {
    pub fn new() -> BinaryHeap<T> {
        BinaryHeap { data: Vec::new() }
    }
    pub fn with_capacity(capacity: usize) -> BinaryHeap<T> {
        BinaryHeap { data: Vec::with_capacity(capacity) }
    }
    pub fn push(&mut self, item: T) {
        let old_len = self.data.len();
        self.data.push(item);
        self.__sift_up(0, old_len);
    }
    pub fn pop(&mut self) -> Option<T> {
        match self.data.pop() {
            None => None,
            Some(mut item) => {
                if !self.data.is_empty() {
                    std::mem::swap(&mut item, &mut self.data[0]);
                    self.__sift_down_to_bottom(0);
                }
                Some(item)
            }
        }
    }
    pub fn into_sorted_vec(mut self) -> Vec<T> {
        let mut end = self.data.len();
        while end > 1 {
            end -= 1;
            self.data.swap(0, end);
            self.__sift_down_range(0, end);
        }
        self.data
    }
    fn __slot(&self, i: usize) -> *mut T {
        let p: *const T = self.data.as_ptr();
        unsafe { (p as *mut T).add(i) }
    }
    // The hole at pos moves to i: the element at i fills it.
    fn __fill(&mut self, hole: usize, i: usize) {
        unsafe { self.__slot(hole).write(self.__slot(i).read()) }
    }
    fn __sift_up(&mut self, start: usize, pos: usize) -> usize {
        let elem = unsafe { self.__slot(pos).read() };
        let mut hole = pos;
        while hole > start {
            let parent = (hole - 1) / 2;
            if elem <= self.data[parent] {
                break;
            }
            self.__fill(hole, parent);
            hole = parent;
        }
        unsafe { self.__slot(hole).write(elem) }
        hole
    }
    fn __sift_down_range(&mut self, pos: usize, end: usize) -> usize {
        let elem = unsafe { self.__slot(pos).read() };
        let mut hole = pos;
        let mut child = 2 * hole + 1;
        while child <= end.saturating_sub(2) {
            if self.data[child] <= self.data[child + 1] {
                child += 1;
            }
            if elem >= self.data[child] {
                unsafe { self.__slot(hole).write(elem) }
                return hole;
            }
            self.__fill(hole, child);
            hole = child;
            child = 2 * hole + 1;
        }
        if child == end.wrapping_sub(1) && elem < self.data[child] {
            self.__fill(hole, child);
            hole = child;
        }
        unsafe { self.__slot(hole).write(elem) }
        hole
    }
    fn __sift_down_to_bottom(&mut self, pos: usize) {
        let end = self.data.len();
        let start = pos;
        let elem = unsafe { self.__slot(pos).read() };
        let mut hole = pos;
        let mut child = 2 * hole + 1;
        while child <= end.saturating_sub(2) {
            if self.data[child] <= self.data[child + 1] {
                child += 1;
            }
            self.__fill(hole, child);
            hole = child;
            child = 2 * hole + 1;
        }
        if child == end - 1 {
            self.__fill(hole, child);
            hole = child;
        }
        unsafe { self.__slot(hole).write(elem) }
        self.__sift_up(start, hole);
    }
    // std's rebuild (From<Vec<T>>, FromIterator): sift_down from the last parent up to the root.
    fn __rebuild(&mut self) {
        let len = self.data.len();
        let mut n = len / 2;
        while n > 0 {
            n -= 1;
            self.__sift_down_range(n, len);
        }
    }
    // std's rebuild_tail, after extend appended to data from start: a full rebuild or a sift_up of each
    // new element, whichever std's estimate of the comparisons prefers.
    fn __rebuild_tail(&mut self, start: usize) {
        let len = self.data.len();
        if start == len {
            return;
        }
        let tail_len = len - start;
        let better_to_rebuild = if start < tail_len {
            true
        } else if len <= 2048 {
            2 * len < tail_len * (63 - start.leading_zeros() as usize)
        } else {
            2 * len < tail_len * 11
        };
        if better_to_rebuild {
            self.__rebuild();
        } else {
            let mut i = start;
            while i < len {
                self.__sift_up(0, i);
                i += 1;
            }
        }
    }
    // std's From<Vec<T>> and From<[T; N]>: the Vec (as Vec::from builds it), rebuilt (check.CollFroms).
    pub fn from<A>(a: A) -> BinaryHeap<T> { intrinsic!() }
}

// std::collections::binary_heap::PeekMut: dropping it sifts the top down. std sifts only when the top was
// reached mutably; sifting an unchanged top moves nothing (it is not less than its children), so this
// gives std's order whatever rustle's deref of a user type calls (only the comparisons made differ).
pub struct PeekMut<'a, T: Ord> { heap: &'a mut BinaryHeap<T> }

impl<T: Ord> BinaryHeap<T> {
    pub fn peek_mut(&mut self) -> Option<PeekMut<T>> {
        if self.data.is_empty() {
            None
        } else {
            Some(PeekMut { heap: self })
        }
    }
}

impl<'a, T: Ord> PeekMut<'a, T> {
    pub fn pop(this: PeekMut<'a, T>) -> T {
        let mut this = this;
        this.heap.pop().unwrap()
    }
}

impl<'a, T: Ord> Deref for PeekMut<'a, T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.heap.data[0]
    }
}

impl<'a, T: Ord> DerefMut for PeekMut<'a, T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.heap.data[0]
    }
}

impl<'a, T: Ord> Drop for PeekMut<'a, T> {
    fn drop(&mut self) {
        let n = self.heap.data.len();
        if n > 1 {
            self.heap.__sift_down_range(0, n);
        }
    }
}

impl<T> BinaryHeap<T> {
    pub fn peek(&self) -> Option<&T> { self.data.get(0) }
    pub fn len(&self) -> usize { self.data.len() }
    pub fn is_empty(&self) -> bool { self.data.is_empty() }
    pub fn capacity(&self) -> usize { self.data.capacity() }
    pub fn clear(&mut self) { self.data.clear() }
    pub fn reserve(&mut self, additional: usize) { self.data.reserve(additional) }
    pub fn into_vec(self) -> Vec<T> { self.data }
    pub fn as_slice(&self) -> &[T] { self.data.as_slice() }
    pub fn iter(&self) -> Iter<T> { self.data.iter() }
    pub fn into_iter(self) -> IntoIter<T> { self.data.into_iter() }
}

impl<T: Debug> Debug for BinaryHeap<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError> {
        self.data.fmt(f)
    }
}

// std::collections::BTreeMap and BTreeSet, in rustle's own layout (not std's B-tree nodes): the entries
// in a Vec sorted by key, found by binary search. What a program sees (order, return values, Debug) is
// std's; the memory layout and the number of key comparisons are not (docs/subset.md).
pub struct BTreeMap<K, V> { entries: Vec<(K, V)> }
pub struct BTreeSet<T> { map: BTreeMap<T, ()> }
// Iterators: the entries not yet yielded, front..back.
pub struct BTreeIter<'a, K, V> { entries: &'a [(K, V)], front: usize, back: usize, rev: bool }
pub struct BTreeIterMut<'a, K, V> { entries: &'a mut [(K, V)], front: usize, back: usize }
pub struct BTreeIntoIter<K, V> { inner: IntoIter<(K, V)> }
pub struct BTreeKeys<'a, K, V> { inner: BTreeIter<'a, K, V> }
pub struct BTreeValues<'a, K, V> { inner: BTreeIter<'a, K, V> }
pub struct BTreeValuesMut<'a, K, V> { inner: BTreeIterMut<'a, K, V> }
pub struct BTreeSetIter<'a, T> { inner: BTreeIter<'a, T, ()> }
pub struct BTreeSetIntoIter<T> { inner: IntoIter<(T, ())> }
// btree_map::Entry: the map, the key, and where the key is (Ok) or would go (Err).
pub struct BTreeEntry<'a, K, V> { map: &'a mut BTreeMap<K, V>, key: K, at: Result<usize, usize> }

impl<K, V> BTreeMap<K, V> {
    pub fn new() -> BTreeMap<K, V> {
        BTreeMap { entries: Vec::new() }
    }
    pub fn len(&self) -> usize { self.entries.len() }
    pub fn is_empty(&self) -> bool { self.entries.is_empty() }
    pub fn clear(&mut self) { self.entries.clear() }
    pub fn iter(&self) -> BTreeIter<K, V> {
        BTreeIter { entries: self.entries.as_slice(), front: 0, back: self.entries.len(), rev: false }
    }
    pub fn iter_mut(&mut self) -> BTreeIterMut<K, V> {
        let n = self.entries.len();
        BTreeIterMut { entries: self.entries.as_mut_slice(), front: 0, back: n }
    }
    pub fn into_iter(self) -> BTreeIntoIter<K, V> {
        BTreeIntoIter { inner: self.entries.into_iter() }
    }
    pub fn keys(&self) -> BTreeKeys<K, V> { BTreeKeys { inner: self.iter() } }
    pub fn values(&self) -> BTreeValues<K, V> { BTreeValues { inner: self.iter() } }
    pub fn values_mut(&mut self) -> BTreeValuesMut<K, V> { BTreeValuesMut { inner: self.iter_mut() } }
}

impl<K: Ord, V> BTreeMap<K, V> {
    // Ord::cmp of a stored key with a borrowed form of it (String with str, ...), natively.
    fn __cmp_key<Q>(k: &K, q: &Q) -> Ordering { intrinsic!() }
    fn __find<Q>(&self, key: &Q) -> Result<usize, usize> {
        let mut lo = 0;
        let mut hi = self.entries.len();
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match BTreeMap::<K, V>::__cmp_key(&self.entries[mid].0, key) {
                Ordering::Less => lo = mid + 1,
                Ordering::Equal => return Ok(mid),
                Ordering::Greater => hi = mid,
            }
        }
        Err(lo)
    }
    pub fn get<Q>(&self, key: &Q) -> Option<&V> {
        match self.__find(key) {
            Ok(i) => Some(&self.entries[i].1),
            Err(_) => None,
        }
    }
    pub fn get_key_value<Q>(&self, key: &Q) -> Option<(&K, &V)> {
        match self.__find(key) {
            Ok(i) => Some((&self.entries[i].0, &self.entries[i].1)),
            Err(_) => None,
        }
    }
    pub fn get_mut<Q>(&mut self, key: &Q) -> Option<&mut V> {
        match self.__find(key) {
            Ok(i) => Some(&mut self.entries[i].1),
            Err(_) => None,
        }
    }
    pub fn contains_key<Q>(&self, key: &Q) -> bool {
        self.__find(key).is_ok()
    }
    // std keeps the key already there and replaces the value.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.__find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }
    pub fn remove<Q>(&mut self, key: &Q) -> Option<V> {
        match self.__find(key) {
            Ok(i) => Some(self.entries.remove(i).1),
            Err(_) => None,
        }
    }
    pub fn remove_entry<Q>(&mut self, key: &Q) -> Option<(K, V)> {
        match self.__find(key) {
            Ok(i) => Some(self.entries.remove(i)),
            Err(_) => None,
        }
    }
    pub fn first_key_value(&self) -> Option<(&K, &V)> {
        match self.entries.first() {
            Some(e) => Some((&e.0, &e.1)),
            None => None,
        }
    }
    pub fn last_key_value(&self) -> Option<(&K, &V)> {
        match self.entries.last() {
            Some(e) => Some((&e.0, &e.1)),
            None => None,
        }
    }
    pub fn pop_first(&mut self) -> Option<(K, V)> {
        if self.entries.is_empty() { None } else { Some(self.entries.remove(0)) }
    }
    pub fn pop_last(&mut self) -> Option<(K, V)> {
        self.entries.pop()
    }
    // std's range: the entries from the first key in the range to the last, as a slice of the sorted Vec.
    pub fn range<R: __KeyRange<K>>(&self, range: R) -> BTreeIter<K, V> {
        let lo = range.__lo();
        let hi = range.__hi();
        if let (Some((a, ai)), Some((b, bi))) = (lo, hi) {
            match BTreeMap::<K, V>::__cmp_key(a, b) {
                Ordering::Greater => panic!("range start is greater than range end in BTreeMap"),
                Ordering::Equal => if !ai && !bi { panic!("range start and end are equal and excluded in BTreeMap") },
                Ordering::Less => {}
            }
        }
        let front = match lo {
            Some((k, incl)) => match self.__find(k) { Ok(i) => if incl { i } else { i + 1 }, Err(i) => i },
            None => 0,
        };
        let back = match hi {
            Some((k, incl)) => match self.__find(k) { Ok(i) => if incl { i + 1 } else { i }, Err(i) => i },
            None => self.entries.len(),
        };
        BTreeIter { entries: self.entries.as_slice(), front: front, back: back, rev: false }
    }
    pub fn entry(&mut self, key: K) -> BTreeEntry<K, V> {
        let at = self.__find(&key);
        BTreeEntry { map: self, key: key, at: at }
    }
    // std's retain (extract_if): each rejected entry is removed and dropped as it is met, in key order.
    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, mut f: F) {
        let mut i = 0;
        while i < self.entries.len() {
            let keep = {
                let e = &mut self.entries[i];
                f(&e.0, &mut e.1)
            };
            if keep {
                i += 1;
            } else {
                drop(self.entries.remove(i));
            }
        }
    }
    // std's FromIterator and From<[(K, V); N]>: the pairs sorted by key (stably), a later duplicate key
    // replacing the value of an earlier one (check.CollFroms).
    fn __from_vec(mut v: Vec<(K, V)>) -> BTreeMap<K, V> {
        v.sort_by(|a, b| BTreeMap::<K, V>::__cmp_key(&a.0, &b.0));
        let mut entries: Vec<(K, V)> = Vec::with_capacity(v.len());
        for e in v {
            let dup = match entries.last() {
                Some(l) => BTreeMap::<K, V>::__cmp_key(&l.0, &e.0) == Ordering::Equal,
                None => false,
            };
            if dup {
                let n = entries.len();
                entries[n - 1] = e;
            } else {
                entries.push(e);
            }
        }
        BTreeMap { entries: entries }
    }
    pub fn from<A>(a: A) -> BTreeMap<K, V> { intrinsic!() }
}

impl<'a, K: Ord, V> BTreeEntry<'a, K, V> {
    pub fn key(&self) -> &K { &self.key }
    pub fn or_insert(self, default: V) -> &'a mut V {
        let BTreeEntry { map, key, at } = self;
        match at {
            Ok(i) => &mut map.entries[i].1,
            Err(i) => {
                map.entries.insert(i, (key, default));
                &mut map.entries[i].1
            }
        }
    }
    pub fn or_insert_with<F: FnOnce() -> V>(self, f: F) -> &'a mut V {
        let BTreeEntry { map, key, at } = self;
        match at {
            Ok(i) => &mut map.entries[i].1,
            Err(i) => {
                map.entries.insert(i, (key, f()));
                &mut map.entries[i].1
            }
        }
    }
    pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> BTreeEntry<'a, K, V> {
        let BTreeEntry { map, key, at } = self;
        if let Ok(i) = at {
            f(&mut map.entries[i].1);
        }
        BTreeEntry { map: map, key: key, at: at }
    }
}

impl<'a, K: Ord, V: Default> BTreeEntry<'a, K, V> {
    pub fn or_default(self) -> &'a mut V {
        self.or_insert_with(Default::default)
    }
}

impl<'a, K, V> BTreeIter<'a, K, V> {
    pub fn rev(self) -> BTreeIter<'a, K, V> {
        BTreeIter { entries: self.entries, front: self.front, back: self.back, rev: !self.rev }
    }
    pub fn next_back(&mut self) -> Option<(&'a K, &'a V)> {
        self.rev = !self.rev;
        let r = self.next();
        self.rev = !self.rev;
        r
    }
}
impl<'a, K, V> BTreeKeys<'a, K, V> {
    pub fn rev(self) -> BTreeKeys<'a, K, V> { BTreeKeys { inner: self.inner.rev() } }
    pub fn next_back(&mut self) -> Option<&'a K> {
        match self.inner.next_back() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
}
impl<'a, K, V> BTreeValues<'a, K, V> {
    pub fn rev(self) -> BTreeValues<'a, K, V> { BTreeValues { inner: self.inner.rev() } }
    pub fn next_back(&mut self) -> Option<&'a V> {
        match self.inner.next_back() {
            Some((_, v)) => Some(v),
            None => None,
        }
    }
}
impl<'a, T> BTreeSetIter<'a, T> {
    pub fn rev(self) -> BTreeSetIter<'a, T> { BTreeSetIter { inner: self.inner.rev() } }
    pub fn next_back(&mut self) -> Option<&'a T> {
        match self.inner.next_back() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
}

impl<'a, K, V> Iterator for BTreeIter<'a, K, V> {
    type Item = (&'a K, &'a V);
    fn next(&mut self) -> Option<(&'a K, &'a V)> {
        if self.rev {
            if self.front < self.back {
                self.back -= 1;
                let e = &self.entries[self.back];
                return Some((&e.0, &e.1));
            }
            return None;
        }
        if self.front < self.back {
            let e = &self.entries[self.front];
            self.front += 1;
            Some((&e.0, &e.1))
        } else {
            None
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.back - self.front, Some(self.back - self.front))
    }
}

impl<'a, K, V> Iterator for BTreeIterMut<'a, K, V> {
    type Item = (&'a K, &'a mut V);
    fn next(&mut self) -> Option<(&'a K, &'a mut V)> {
        if self.front < self.back {
            let p: *mut (K, V) = self.entries.as_mut_ptr();
            let e = unsafe { &mut *p.add(self.front) };
            self.front += 1;
            Some((&e.0, &mut e.1))
        } else {
            None
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.back - self.front, Some(self.back - self.front))
    }
}

impl<K, V> Iterator for BTreeIntoIter<K, V> {
    type Item = (K, V);
    fn next(&mut self) -> Option<(K, V)> { self.inner.next() }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.inner.len();
        (n, Some(n))
    }
}

impl<'a, K, V> Iterator for BTreeKeys<'a, K, V> {
    type Item = &'a K;
    fn next(&mut self) -> Option<&'a K> {
        match self.inner.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) { self.inner.size_hint() }
}

impl<'a, K, V> Iterator for BTreeValues<'a, K, V> {
    type Item = &'a V;
    fn next(&mut self) -> Option<&'a V> {
        match self.inner.next() {
            Some((_, v)) => Some(v),
            None => None,
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) { self.inner.size_hint() }
}

impl<'a, K, V> Iterator for BTreeValuesMut<'a, K, V> {
    type Item = &'a mut V;
    fn next(&mut self) -> Option<&'a mut V> {
        match self.inner.next() {
            Some((_, v)) => Some(v),
            None => None,
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) { self.inner.size_hint() }
}

impl<K: Debug, V: Debug> Debug for BTreeMap<K, V> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError> {
        // Formatter::debug_map: `{k: v, ..}`, or with `{:#?}` one entry a line, indented, with a comma.
        if f.alternate() {
            f.write_str("{")?;
            if !self.entries.is_empty() {
                f.write_str("\n")?;
            }
            for e in self.entries.iter() {
                let s = format!("{:#?}: {:#?},", e.0, e.1);
                for line in s.split('\n') {
                    f.write_str("    ")?;
                    f.write_str(line)?;
                    f.write_str("\n")?;
                }
            }
            f.write_str("}")
        } else {
            f.write_str("{")?;
            let mut first = true;
            for e in self.entries.iter() {
                if !first {
                    f.write_str(", ")?;
                }
                first = false;
                e.0.fmt(f)?;
                f.write_str(": ")?;
                e.1.fmt(f)?;
            }
            f.write_str("}")
        }
    }
}

impl<K: Clone, V: Clone> Clone for BTreeMap<K, V> {
    fn clone(&self) -> BTreeMap<K, V> {
        BTreeMap { entries: self.entries.clone() }
    }
}

impl<K: PartialEq, V: PartialEq> PartialEq for BTreeMap<K, V> {
    fn eq(&self, other: &BTreeMap<K, V>) -> bool {
        self.entries == other.entries
    }
}

impl<K: Ord, V, Q> Index<&Q> for BTreeMap<K, V> {
    type Output = V;
    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("no entry found for key")
    }
}

impl<T> BTreeSet<T> {
    pub fn new() -> BTreeSet<T> { BTreeSet { map: BTreeMap::new() } }
    pub fn len(&self) -> usize { self.map.len() }
    pub fn is_empty(&self) -> bool { self.map.is_empty() }
    pub fn clear(&mut self) { self.map.clear() }
    pub fn iter(&self) -> BTreeSetIter<T> { BTreeSetIter { inner: self.map.iter() } }
    pub fn into_iter(self) -> BTreeSetIntoIter<T> { BTreeSetIntoIter { inner: self.map.entries.into_iter() } }
}

impl<T: Ord> BTreeSet<T> {
    pub fn range<R: __KeyRange<T>>(&self, range: R) -> BTreeSetIter<T> {
        BTreeSetIter { inner: self.map.range(range) }
    }
    pub fn insert(&mut self, value: T) -> bool {
        match self.map.__find(&value) {
            Ok(_) => false,
            Err(i) => {
                self.map.entries.insert(i, (value, ()));
                true
            }
        }
    }
    pub fn contains<Q>(&self, value: &Q) -> bool { self.map.contains_key(value) }
    pub fn get<Q>(&self, value: &Q) -> Option<&T> {
        match self.map.__find(value) {
            Ok(i) => Some(&self.map.entries[i].0),
            Err(_) => None,
        }
    }
    pub fn remove<Q>(&mut self, value: &Q) -> bool { self.map.remove(value).is_some() }
    pub fn take<Q>(&mut self, value: &Q) -> Option<T> {
        match self.map.remove_entry(value) {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
    pub fn first(&self) -> Option<&T> {
        match self.map.entries.first() {
            Some(e) => Some(&e.0),
            None => None,
        }
    }
    pub fn last(&self) -> Option<&T> {
        match self.map.entries.last() {
            Some(e) => Some(&e.0),
            None => None,
        }
    }
    pub fn pop_first(&mut self) -> Option<T> {
        match self.map.pop_first() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
    pub fn pop_last(&mut self) -> Option<T> {
        match self.map.pop_last() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        self.map.retain(|k, _| f(k))
    }
    fn __from_vec(v: Vec<T>) -> BTreeSet<T> {
        let mut pairs: Vec<(T, ())> = Vec::with_capacity(v.len());
        for x in v {
            pairs.push((x, ()));
        }
        BTreeSet { map: BTreeMap::__from_vec(pairs) }
    }
    pub fn from<A>(a: A) -> BTreeSet<T> { intrinsic!() }
}

impl<'a, T> Iterator for BTreeSetIter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        match self.inner.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) { self.inner.size_hint() }
}

impl<T> Iterator for BTreeSetIntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        match self.inner.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.inner.len();
        (n, Some(n))
    }
}

impl<T: Debug> Debug for BTreeSet<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), FmtError> {
        // Formatter::debug_set: `{a, b}`, or with `{:#?}` one entry a line, indented, with a comma.
        if f.alternate() {
            f.write_str("{")?;
            if !self.map.entries.is_empty() {
                f.write_str("\n")?;
            }
            for e in self.map.entries.iter() {
                let s = format!("{:#?},", e.0);
                for line in s.split('\n') {
                    f.write_str("    ")?;
                    f.write_str(line)?;
                    f.write_str("\n")?;
                }
            }
            f.write_str("}")
        } else {
            f.write_str("{")?;
            let mut first = true;
            for e in self.map.entries.iter() {
                if !first {
                    f.write_str(", ")?;
                }
                first = false;
                e.0.fmt(f)?;
            }
            f.write_str("}")
        }
    }
}

impl<T: Clone> Clone for BTreeSet<T> {
    fn clone(&self) -> BTreeSet<T> {
        BTreeSet { map: self.map.clone() }
    }
}

impl<T: PartialEq> PartialEq for BTreeSet<T> {
    fn eq(&self, other: &BTreeSet<T>) -> bool {
        self.map.entries == other.map.entries
    }
}

impl<T> Default for VecDeque<T> {
    fn default() -> VecDeque<T> { VecDeque::new() }
}
impl<T: Ord> Default for BinaryHeap<T> {
    fn default() -> BinaryHeap<T> { BinaryHeap::new() }
}
impl<K, V> Default for BTreeMap<K, V> {
    fn default() -> BTreeMap<K, V> { BTreeMap::new() }
}
impl<T> Default for BTreeSet<T> {
    fn default() -> BTreeSet<T> { BTreeSet::new() }
}

// Comparisons of the collections, as std's: element by element (a map's (key, value) pairs, in key
// order), the shorter one first when one is a prefix of the other.
impl<T: Eq> Eq for VecDeque<T> {}
impl<T: PartialOrd> PartialOrd for VecDeque<T> {
    fn partial_cmp(&self, other: &VecDeque<T>) -> Option<Ordering> {
        let mut i = 0;
        while i < self.len() && i < other.len() {
            match self[i].partial_cmp(&other[i]) {
                Some(Ordering::Equal) => {}
                non_eq => return non_eq,
            }
            i += 1;
        }
        self.len().partial_cmp(&other.len())
    }
}
impl<T: Ord> Ord for VecDeque<T> {
    fn cmp(&self, other: &VecDeque<T>) -> Ordering {
        let mut i = 0;
        while i < self.len() && i < other.len() {
            match self[i].cmp(&other[i]) {
                Ordering::Equal => {}
                non_eq => return non_eq,
            }
            i += 1;
        }
        self.len().cmp(&other.len())
    }
}
impl<K: Eq, V: Eq> Eq for BTreeMap<K, V> {}
impl<K: PartialOrd, V: PartialOrd> PartialOrd for BTreeMap<K, V> {
    fn partial_cmp(&self, other: &BTreeMap<K, V>) -> Option<Ordering> {
        self.entries.partial_cmp(&other.entries)
    }
}
impl<K: Ord, V: Ord> Ord for BTreeMap<K, V> {
    fn cmp(&self, other: &BTreeMap<K, V>) -> Ordering {
        self.entries.cmp(&other.entries)
    }
}
impl<T: Eq> Eq for BTreeSet<T> {}
impl<T: PartialOrd> PartialOrd for BTreeSet<T> {
    fn partial_cmp(&self, other: &BTreeSet<T>) -> Option<Ordering> {
        self.map.entries.partial_cmp(&other.map.entries)
    }
}
impl<T: Ord> Ord for BTreeSet<T> {
    fn cmp(&self, other: &BTreeSet<T>) -> Ordering {
        self.map.entries.cmp(&other.map.entries)
    }
}

// ExactSizeIterator::len of the collections' iterators (std's are all ExactSizeIterator).
impl<'a, T> DequeIter<'a, T> {
    pub fn len(&self) -> usize { self.back - self.front }
}
impl<'a, T> DequeIterMut<'a, T> {
    pub fn len(&self) -> usize { self.back - self.front }
}
impl<T> DequeIntoIter<T> {
    pub fn len(&self) -> usize { self.inner.len() }
}
impl<'a, K, V> BTreeIter<'a, K, V> {
    pub fn len(&self) -> usize { self.back - self.front }
}
impl<'a, K, V> BTreeIterMut<'a, K, V> {
    pub fn len(&self) -> usize { self.back - self.front }
}
impl<K, V> BTreeIntoIter<K, V> {
    pub fn len(&self) -> usize { self.inner.len() }
}
impl<'a, K, V> BTreeKeys<'a, K, V> {
    pub fn len(&self) -> usize { self.inner.len() }
}
impl<'a, K, V> BTreeValues<'a, K, V> {
    pub fn len(&self) -> usize { self.inner.len() }
}
impl<'a, K, V> BTreeValuesMut<'a, K, V> {
    pub fn len(&self) -> usize { self.inner.len() }
}
impl<'a, T> BTreeSetIter<'a, T> {
    pub fn len(&self) -> usize { self.inner.len() }
}
impl<T> BTreeSetIntoIter<T> {
    pub fn len(&self) -> usize { self.inner.len() }
}

// std's btree_set::{Union, Intersection, Difference, SymmetricDifference}: a merge of the two sorted
// entry lists (mode 0 union, 1 intersection, 2 difference, 3 symmetric difference), yielding in order.
pub struct BTreeSetOp<'a, T> { a: &'a [(T, ())], b: &'a [(T, ())], i: usize, j: usize, mode: u8 }

impl<T: Ord> BTreeSet<T> {
    fn __op<'a>(&'a self, other: &'a BTreeSet<T>, mode: u8) -> BTreeSetOp<'a, T> {
        BTreeSetOp { a: self.map.entries.as_slice(), b: other.map.entries.as_slice(), i: 0, j: 0, mode: mode }
    }
    pub fn union<'a>(&'a self, other: &'a BTreeSet<T>) -> BTreeSetOp<'a, T> { self.__op(other, 0) }
    pub fn intersection<'a>(&'a self, other: &'a BTreeSet<T>) -> BTreeSetOp<'a, T> { self.__op(other, 1) }
    pub fn difference<'a>(&'a self, other: &'a BTreeSet<T>) -> BTreeSetOp<'a, T> { self.__op(other, 2) }
    pub fn symmetric_difference<'a>(&'a self, other: &'a BTreeSet<T>) -> BTreeSetOp<'a, T> { self.__op(other, 3) }
    pub fn is_subset(&self, other: &BTreeSet<T>) -> bool { self.difference(other).next().is_none() }
    pub fn is_superset(&self, other: &BTreeSet<T>) -> bool { other.is_subset(self) }
    pub fn is_disjoint(&self, other: &BTreeSet<T>) -> bool { self.intersection(other).next().is_none() }
}

impl<'a, T: Ord> Iterator for BTreeSetOp<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        loop {
            let x = if self.i < self.a.len() { Some(&self.a[self.i].0) } else { None };
            let y = if self.j < self.b.len() { Some(&self.b[self.j].0) } else { None };
            match (x, y) {
                (None, None) => return None,
                // One side done: an intersection ends, and so does a difference once its own side is.
                (Some(x), None) => {
                    if self.mode == 1 {
                        return None;
                    }
                    self.i += 1;
                    return Some(x);
                }
                (None, Some(y)) => {
                    if self.mode == 1 || self.mode == 2 {
                        return None;
                    }
                    self.j += 1;
                    return Some(y);
                }
                (Some(x), Some(y)) => match x.cmp(y) {
                    Ordering::Less => {
                        self.i += 1;
                        if self.mode != 1 {
                            return Some(x);
                        }
                    }
                    Ordering::Greater => {
                        self.j += 1;
                        if self.mode == 0 || self.mode == 3 {
                            return Some(y);
                        }
                    }
                    Ordering::Equal => {
                        self.i += 1;
                        self.j += 1;
                        if self.mode == 0 || self.mode == 1 {
                            return Some(x);
                        }
                    }
                },
            }
        }
    }
}
