// A constant named in a pattern compares with the value (it is not a new binding), whether it is a
// number, a tuple, a struct or an enum value; exhaustiveness sees the constant's structure.
#[derive(PartialEq, Eq, Debug)]
enum Dir {
    North,
    South,
}
#[derive(PartialEq, Eq)]
struct Cell {
    row: u8,
    col: u8,
}
const LIMIT: i32 = 5;
const ORIGIN: (i32, i32) = (0, 0);
const CORNER: Cell = Cell { row: 0, col: 0 };
const UP: Dir = Dir::North;
const BOTH: (bool, bool) = (true, true);

fn limit(n: i32) -> &'static str {
    match n {
        LIMIT => "at the limit",
        _ => "elsewhere",
    }
}

fn main() {
    println!("{} {}", limit(3), limit(5));
    for p in [(0, 0), (1, 0)] {
        match p {
            ORIGIN => println!("{:?} origin", p),
            (x, y) => println!("{:?} off by {}", p, x + y),
        }
    }
    for c in [Cell { row: 0, col: 0 }, Cell { row: 2, col: 1 }] {
        let what = match c {
            CORNER => "corner",
            Cell { row, .. } if row > 1 => "low",
            _ => "other",
        };
        println!("{}", what);
    }
    for d in [Dir::North, Dir::South] {
        match d {
            UP => println!("{:?} is up", d),
            Dir::South => println!("{:?} is down", d),
        }
    }
    for pair in [(true, true), (false, true)] {
        let n = match pair {
            BOTH => 2,
            (true, false) | (false, true) => 1,
            (false, false) => 0,
        };
        println!("{}", n);
    }
}
