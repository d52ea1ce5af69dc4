// Variant constructors with their enum's arguments written after the name: `None::<T>`, `Ok::<T, E>(..)`.
#[derive(Debug)]
struct Wrapper<T>(T);
#[derive(Debug)]
enum Slot<T> {
    Empty,
    Full(T),
}

fn main() {
    let nothing = None::<u8>;
    let some = Some::<i64>(-7);
    let ok = Ok::<u16, String>(9);
    let w = Wrapper::<char>('z');
    println!("{:?} {:?} {:?} {:?}", nothing, some, ok, w);
    match None::<i32> {
        Some::<i32>(v) => println!("got {}", v),
        None::<i32> => println!("none"),
    }
    let late;
    match some {
        Some(v) if v < 0 => late = v * 2,
        _ => panic!("positive"),
    }
    println!("{}", late);
    let empty = Slot::Empty::<u16>;
    let full = Slot::Full::<i8>(-3);
    match empty {
        Slot::Empty::<u16> => println!("empty {:?}", full),
        Slot::Full(v) => println!("full {}", v),
    }
}
