// Reads guesses from standard input (the .stdin file beside this program), as the Book's guessing game
// does: read_line keeps the '\n', trim and parse, and Ok(0) at the end of input.
use std::cmp::Ordering;
use std::io;
use std::io::Write;

fn main() {
    let secret: u32 = 42;
    loop {
        print!("Please input your guess: ");
        io::stdout().flush().unwrap();
        let mut guess = String::new();
        let n = io::stdin().read_line(&mut guess).expect("Failed to read line");
        if n == 0 {
            println!("no more input");
            break;
        }
        println!("read {} bytes: {:?} (capacity {})", n, guess, guess.capacity());
        let guess: u32 = match guess.trim().parse() {
            Ok(num) => num,
            Err(e) => {
                println!("not a number: {}", e);
                continue;
            }
        };
        match guess.cmp(&secret) {
            Ordering::Less => println!("Too small!"),
            Ordering::Greater => println!("Too big!"),
            Ordering::Equal => {
                println!("You win!");
                break;
            }
        }
    }
}
