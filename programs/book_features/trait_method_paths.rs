// Same-named methods from an inherent impl and two traits: which one each call form picks.
trait Speaker {
    fn greet(&self) -> String;
    fn kind() -> String;
}

trait Singer {
    fn greet(&self) -> String;
}

struct Robot {
    id: u32,
}

impl Singer for Robot {
    fn greet(&self) -> String {
        format!("la la la from {}", self.id)
    }
}

impl Speaker for Robot {
    fn greet(&self) -> String {
        format!("beep {}", self.id)
    }
    fn kind() -> String {
        String::from("speaker robot")
    }
}

impl Robot {
    fn greet(&self) -> String {
        format!("robot {} says hi", self.id)
    }
    fn kind() -> String {
        String::from("plain robot")
    }
}

struct Parrot;

impl Speaker for Parrot {
    fn greet(&self) -> String {
        String::from("squawk")
    }
    fn kind() -> String {
        String::from("parrot")
    }
}

fn main() {
    let r = Robot { id: 7 };
    println!("{}", r.greet());
    println!("{}", Speaker::greet(&r));
    println!("{}", Singer::greet(&r));
    println!("{}", Robot::greet(&r));
    println!("{}", Robot::kind());
    println!("{}", <Robot as Speaker>::kind());
    println!("{}", <Parrot as Speaker>::kind());
    println!("{}", Parrot::kind());
    println!("{}", <Robot as Singer>::greet(&r));
    println!("{}", <Robot>::kind());
    let p = Parrot;
    println!("{}", p.greet());
    println!("{}", Speaker::greet(&p));
}
