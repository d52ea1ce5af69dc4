// Associated consts of traits: required and defaulted, read as `Self::N` in a default method, `T::N`
// under a bound, `<T as Trait>::N`, and `Type::N` (also in a pattern, a const item and the overflow lint's
// known values).
trait Shape {
    const SIDES: u32;
    const NAME: &'static str = "shape";

    fn sides(&self) -> u32 {
        Self::SIDES
    }

    fn describe(&self) -> String {
        format!("{} with {} sides", Self::NAME, Self::SIDES)
    }
}

struct Square;
struct Triangle;

impl Shape for Square {
    const SIDES: u32 = 4;
    const NAME: &'static str = "square";
}

impl Shape for Triangle {
    const SIDES: u32 = 3;
}

fn corners<T: Shape>(_shape: &T) -> u32 {
    T::SIDES
}

fn total<A: Shape, B: Shape>() -> u32 {
    <A as Shape>::SIDES + <B as Shape>::SIDES
}

const EIGHT: u32 = Square::SIDES * 2;

fn main() {
    println!("{} {} {}", Square.sides(), corners(&Triangle), Square::SIDES);
    println!("{} | {}", Square.describe(), Triangle.describe());
    println!("{} {}", total::<Square, Triangle>(), EIGHT);
    match corners(&Square) {
        Triangle::SIDES => println!("three"),
        Square::SIDES => println!("four"),
        _ => println!("more"),
    }
}
