// A trait's associated functions (no self) called through a type parameter: `T::make()`,
// `<T as Tr>::count()`, a default body, and a supertrait's function.
trait Base {
    fn base() -> i32 { 100 }
}

trait Make: Base {
    fn make() -> Self;
    fn count() -> i32;
    fn label() -> String { String::from("default") }
}

#[derive(Debug)]
struct Unit(u8);

impl Base for Unit {}
impl Make for Unit {
    fn make() -> Self { Unit(1) }
    fn count() -> i32 { 5 }
}

impl Base for i32 {
    fn base() -> i32 { 200 }
}
impl Make for i32 {
    fn make() -> Self { 42 }
    fn count() -> i32 { 6 }
    fn label() -> String { String::from("int") }
}

fn build<T: Make>() -> T { T::make() }
fn total<T>() -> i32 where T: Make { T::count() + <T as Make>::count() + T::base() }
fn name<T: Make>() -> String { <T as Make>::label() + "/" + &T::label() }
fn pair<T: Make>() -> Vec<T> { vec![T::make(), <T as Make>::make()] }

fn main() {
    let u: Unit = build();
    let i: i32 = build();
    println!("{:?} {} {} {}", u, i, total::<Unit>(), total::<i32>());
    println!("{} {}", name::<Unit>(), name::<i32>());
    println!("{:?} {:?}", pair::<Unit>(), pair::<i32>());
}
