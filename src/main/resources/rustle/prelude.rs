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

// Iterators: a raw cursor (pointer and end pointer) or an index range over the borrowed buffer.
pub struct Iter<T> { ptr: usize, end: usize }
pub struct IterMut<T> { ptr: usize, end: usize }
pub struct IntoIter<T> { buf: usize, cap: usize, ptr: usize, end: usize }
pub struct Chars { ptr: usize, end: usize }
pub struct Bytes { ptr: usize, end: usize }
pub struct Rev<I> { inner: I }
pub struct StepBy<I> { inner: I, step: usize, first: bool }
pub struct Enumerate<I> { inner: I, count: usize }
pub struct Skip<I> { inner: I, n: usize }
pub struct Take<I> { inner: I, n: usize }

pub trait Clone {
    fn clone(&self) -> Self;
}
pub trait Copy {}
pub trait Drop {
    fn drop(&mut self);
}
pub trait Display {}
pub trait Debug {}
pub trait PartialEq {}
pub trait Eq {}
pub trait PartialOrd {}
pub trait Ord {}
pub trait Default {}
pub trait Hash {}

impl<T> Option<T> {
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
}

#[derive(Debug, Clone, PartialEq)]
pub enum IntErrorKind {
    Empty,
    InvalidDigit,
    PosOverflow,
    NegOverflow,
    Zero,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParseIntError {
    kind: IntErrorKind,
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
}

impl<T> Box<T> {
    pub fn new(x: T) -> Box<T> { intrinsic!() }
    pub fn leak(b: Box<T>) -> &'static mut T { intrinsic!() }
}

impl String {
    pub fn new() -> String { intrinsic!() }
    pub fn from(s: &str) -> String { intrinsic!() }
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
}

impl str {
    pub fn len(&self) -> usize { intrinsic!() }
    pub fn is_empty(&self) -> bool { intrinsic!() }
    pub fn chars(&self) -> Chars { intrinsic!() }
    pub fn bytes(&self) -> Bytes { intrinsic!() }
    pub fn as_bytes(&self) -> &[u8] { intrinsic!() }
    pub fn to_uppercase(&self) -> String { intrinsic!() }
    pub fn to_lowercase(&self) -> String { intrinsic!() }
    pub fn trim(&self) -> &str { intrinsic!() }
    pub fn contains(&self, pat: &str) -> bool { intrinsic!() }
    pub fn starts_with(&self, pat: &str) -> bool { intrinsic!() }
    pub fn ends_with(&self, pat: &str) -> bool { intrinsic!() }
    pub fn repeat(&self, n: usize) -> String { intrinsic!() }
    pub fn replace(&self, from: &str, to: &str) -> String { intrinsic!() }
    pub fn parse<F>(&self) -> Result<F, ParseIntError> { intrinsic!() }
    pub fn trim_start(&self) -> &str { intrinsic!() }
    pub fn trim_end(&self) -> &str { intrinsic!() }
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
    pub fn swap(&mut self, a: usize, b: usize) { intrinsic!() }
    pub fn reverse(&mut self) { intrinsic!() }
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
    pub fn is_ascii_digit(self) -> bool { intrinsic!() }
    pub fn is_ascii_alphabetic(self) -> bool { intrinsic!() }
    pub fn is_ascii(&self) -> bool { intrinsic!() }
    pub fn to_ascii_uppercase(&self) -> char { intrinsic!() }
    pub fn to_ascii_lowercase(&self) -> char { intrinsic!() }
    pub fn to_digit(self, radix: u32) -> Option<u32> { intrinsic!() }
    pub fn len_utf8(self) -> usize { intrinsic!() }
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
    pub const MAX: f64 = 1.7976931348623157e308;
    pub const MIN: f64 = -1.7976931348623157e308;
    pub const EPSILON: f64 = 2.220446049250313e-16;
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
}

impl<T> Cell<T> {
    pub fn new(value: T) -> Cell<T> { intrinsic!() }
    pub fn get(&self) -> T { intrinsic!() }
    pub fn set(&self, value: T) { intrinsic!() }
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
}
