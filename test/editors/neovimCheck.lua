-- Drives Neovim as a user would, once the README's init.lua has set it up and opened a cable
-- saved as .txt: the outline, a hover, a diagnostic after an edit, a quick fix applied through
-- Neovim's own code action menu. Writes what it saw to $CABLE_CHECK_OUT as JSON; the node test
-- (neovim.test.ts) judges it. Runs on Neovim 0.7 (Debian 12) and later.
local result = { version = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) }
local TIMEOUT = 20000

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(result) }, os.getenv('CABLE_CHECK_OUT'))
  vim.cmd('qall!')
end

local steps = {}
local function step(name, fn)
  table.insert(steps, { name = name, fn = fn })
end

local bufnr = vim.api.nvim_get_current_buf()
local client

local function cable_client()
  local clients = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = bufnr }) or vim.lsp.buf_get_clients(bufnr)
  for _, candidate in pairs(clients) do
    if candidate.name == 'cable' and candidate.initialized then return candidate end
  end
end

local function request(method, params)
  local answers, err = vim.lsp.buf_request_sync(bufnr, method, params, TIMEOUT)
  assert(answers, method .. ': ' .. tostring(err))
  local answer = answers[client.id]
  assert(answer and not answer.err and not answer.error, method .. ' failed')
  return answer.result
end

--- The first line (0-based) holding `text`, and the 0-based column where it starts.
local function find(text)
  for index, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local column = line:find(text, 1, true)
    if column then return index - 1, column - 1, line end
  end
  error(text .. ' not found')
end

step('attach', function()
  result.filetype = vim.bo[bufnr].filetype
  assert(vim.wait(TIMEOUT, function() client = cable_client(); return client ~= nil end, 50), 'no cable client attached to the buffer')
end)

step('outline', function()
  local symbols = request('textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params(bufnr) })
  result.outline = vim.tbl_map(function(symbol) return { name = symbol.name, kind = symbol.kind, children = #(symbol.children or {}) } end, symbols)
end)

step('hover', function()
  local line, column = find('RUEHKO')
  local hover = request('textDocument/hover', { textDocument = vim.lsp.util.make_text_document_params(bufnr), position = { line = line, character = column + 1 } })
  result.hover = hover and hover.contents
end)

step('diagnostic after an edit', function()
  local line, _, text = find('TAGS: PREL PARM')
  result.tagsLine = text
  vim.api.nvim_buf_set_lines(bufnr, line, line + 1, false, { (text:gsub('PARM', 'PARN', 1)) })
  local found
  assert(vim.wait(TIMEOUT, function()
    for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
      if diagnostic.code == 'cable.tags.unknown' and diagnostic.lnum == line then found = diagnostic end
    end
    return found ~= nil
  end, 50), 'no diagnostic for the unknown tag')
  result.diagnostic = { lnum = found.lnum, col = found.col, message = found.message, source = found.source }
end)

step('quick fix', function()
  local diagnostic = result.diagnostic
  vim.api.nvim_win_set_cursor(0, { diagnostic.lnum + 1, diagnostic.col })
  result.offered = {}
  -- The menu a user picks from: choose the fix for the tag, as a user would.
  vim.ui.select = function(items, _, on_choice)
    local chosen
    for index, item in ipairs(items) do
      local action = item.action or item[2]
      table.insert(result.offered, action.title)
      if action.title == 'Replace PARN with PARM' then chosen = index end
    end
    on_choice(items[chosen], chosen)
  end
  vim.lsp.buf.code_action()
  assert(vim.wait(TIMEOUT, function()
    return vim.api.nvim_buf_get_lines(bufnr, diagnostic.lnum, diagnostic.lnum + 1, false)[1] == result.tagsLine
  end, 50), 'the quick fix did not restore the TAGS line')
  result.fixedLine = vim.api.nvim_buf_get_lines(bufnr, diagnostic.lnum, diagnostic.lnum + 1, false)[1]
end)

step('a .txt file that is no cable', function()
  vim.o.hidden = true
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('CABLE_CHECK_NOTES')))
  result.notesFiletype = vim.bo.filetype
end)

for _, current in ipairs(steps) do
  local ok, err = pcall(current.fn)
  if not ok then
    result.error = current.name .. ': ' .. tostring(err)
    break
  end
end
finish()
